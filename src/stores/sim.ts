import { atom } from 'nanostores';
import { KIT_SHAPES, baseKit, createSim, type Kit, type KitId, type Sim } from '#sim-core/core';
import { KIT_LOADERS } from '../widgets/manifest';

/**
 * The page's simulation: every kit's shape (so each lab host is whole) and the code of the
 * kits loaded so far. A page fetches a kit's code when one of its labs or widgets needs it, or
 * when a typed line names one of its commands; the sim is rebuilt as a new value each time.
 */
export const $sim = atom<Sim>(createSim([baseKit, ...KIT_SHAPES]));

const loaded = new Map<KitId, Kit>([['base', baseKit]]);
const pending = new Map<KitId, Promise<void>>();

function load(id: KitId): Promise<void> {
  if (loaded.has(id)) return Promise.resolve();
  const loader = KIT_LOADERS[id as Exclude<KitId, 'base'>];
  if (!loader) return Promise.reject(new Error(`no kit ${id}`));
  const started = pending.get(id) ?? loader().then(({ kit }) => {
    loaded.set(id, kit);
    $sim.set(createSim(KIT_SHAPES.map((shape) => loaded.get(shape.id) ?? shape).concat(baseKit)));
  }).finally(() => pending.delete(id));
  pending.set(id, started);
  return started;
}

/** Fetches the code of these kits (those not loaded yet); rejects when one could not be fetched. */
export async function loadKits(ids: readonly KitId[]): Promise<void> {
  await Promise.all([...new Set(ids)].map(load));
}
