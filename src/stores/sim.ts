import { atom } from 'nanostores';
import { KIT_ORDER, KIT_SHAPES, baseKit, createSim, type Kit, type KitId, type KitShape, type Scenario, type Sim } from '#sim-core/core';
import { KIT_CODE } from '../widgets/manifest';

/**
 * The page's simulation: every kit's shape (so each lab host is whole) and the code of the
 * kits fetched so far: a kit's engine when one of the page's labs or widgets needs it, its
 * commands when a typed line names one. The sim is rebuilt as a new value each time.
 */
export const $sim = atom<Sim>(createSim([baseKit, ...KIT_SHAPES]));

const kits = new Map<KitId, KitShape | Kit>([['base', baseKit], ...KIT_SHAPES.map((shape) => [shape.id, shape] as const)]);
const pending = new Map<string, Promise<void>>();

/** Fetches one part of a kit's code once, however many callers ask at the same time. */
function once(key: string, fetch: () => Promise<void>): Promise<void> {
  const started = pending.get(key) ?? fetch().catch((error: unknown) => {
    pending.delete(key);
    throw error;
  });
  pending.set(key, started);
  return started;
}

const hasEngine = (id: KitId) => (kits.get(id) as Partial<Kit>).loaded === true;
const hasCommands = (id: KitId) => (kits.get(id) as Partial<Kit>).commands !== undefined;

function rebuild() {
  $sim.set(createSim(KIT_ORDER.map((id) => kits.get(id)!)));
}

function loadEngine(id: KitId): Promise<void> {
  const fetch = KIT_CODE[id].kit;
  if (hasEngine(id) || !fetch) return Promise.resolve();
  return once(`${id}:kit`, () => fetch().then(({ kit }) => {
    kits.set(id, kit);
    rebuild();
  }));
}

async function loadCommands(id: KitId): Promise<void> {
  const fetch = KIT_CODE[id].commands;
  if (!fetch) return;
  await loadEngine(id);
  if (hasCommands(id)) return;
  await once(`${id}:commands`, () => fetch().then(({ commands, interpreter }) => {
    kits.set(id, { ...(kits.get(id) as Kit), commands, ...(interpreter ? { interpreter } : {}) });
    rebuild();
  }));
}

/** Fetches the engines of these kits (what labs and widgets need); rejects when one could not be fetched. */
export async function loadKits(ids: readonly KitId[]): Promise<void> {
  await Promise.all([...new Set(ids)].map(loadEngine));
}

/** Fetches these kits' engines and commands (a typed line named one of them). */
export async function loadCommandsOf(ids: readonly KitId[]): Promise<void> {
  await Promise.all([...new Set(ids)].map(loadCommands));
}

/** A kit's scenarios, for a scenario panel. */
export async function scenariosOf(id: KitId): Promise<readonly Scenario[]> {
  return (await KIT_CODE[id].scenarios()).scenarios;
}
