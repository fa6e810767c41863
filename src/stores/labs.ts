import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { KIT_ORDER, type ExecResult, type KitId, type LabEvent, type LabState, type Outcome, type SolutionStep } from '#sim-core/core';
import { $sim, loadCommandsOf } from './sim';

/**
 * The one bridge between widgets and the simulation: each lab of the page has its own store,
 * holding its current snapshot, so time passing in one lab redraws only that lab's widgets.
 * Widgets never keep their own copy of a lab; they subscribe and redraw.
 */
const stores = new Map<string, WritableAtom<LabState | undefined>>();
const onNewLab = new Set<(id: string, store: ReadableAtom<LabState | undefined>) => void>();

function storeOf(labId: string): WritableAtom<LabState | undefined> {
  let store = stores.get(labId);
  if (!store) {
    store = atom<LabState | undefined>(undefined);
    stores.set(labId, store);
    for (const listener of onNewLab) listener(labId, store);
  }
  return store;
}

/** A lab's store (its value is undefined until a widget creates the lab). */
export const labStore = (labId: string): ReadableAtom<LabState | undefined> => storeOf(labId);

/** Calls `listener` for every lab store, those to come included (the clock loop watches them all). */
export function eachLab(listener: (id: string, store: ReadableAtom<LabState | undefined>) => void): void {
  onNewLab.add(listener);
  for (const [id, store] of stores) listener(id, store);
}

/** Creates the lab from its preset on first use; later callers with the same id share it. Undefined when the preset is not available. */
export function ensureLab(labId: string, preset: string): LabState | undefined {
  const store = storeOf(labId);
  const existing = store.get();
  if (existing) return existing;
  const sim = $sim.get();
  if (!sim.presetInfo(preset)) return undefined;
  const lab = sim.createLab(preset);
  store.set(lab);
  return lab;
}

export const getLab = (labId: string): LabState | undefined => stores.get(labId)?.get();

/** Runs a typed line on a host of the lab. Undefined for a lab this page does not have. */
export function execInLab(labId: string, host: string, line: string): ExecResult | undefined {
  const lab = getLab(labId);
  if (!lab) return undefined;
  const result = $sim.get().exec(lab, host, line);
  // A line that needed a kit this page has not loaded changes nothing: it runs again once the kit is in.
  if (result.needs.length === 0) storeOf(labId).set(result.lab);
  return result;
}

/** A key, a click, time passing: the outcome says when the lab refused it, and why. */
export function sendEvent(labId: string, event: LabEvent): Outcome | undefined {
  const lab = getLab(labId);
  if (!lab) return undefined;
  const outcome = $sim.get().dispatch(lab, event);
  if (outcome.lab !== lab) storeOf(labId).set(outcome.lab);
  return outcome;
}

/** The lab as its preset built it. */
export function resetLab(labId: string) {
  const lab = getLab(labId);
  if (lab) storeOf(labId).set($sim.get().createLab(lab.preset));
}

/**
 * Resets the lab to its preset and plays steps on it. A step that types a command of a kit the
 * page has not loaded makes the page fetch it, then the steps play again from the preset.
 */
export async function playSteps(labId: string, steps: readonly SolutionStep[]): Promise<void> {
  const start = getLab(labId);
  if (!start) return;
  for (let round = 0; round <= KIT_ORDER.length; round++) {
    const sim = $sim.get();
    const needs = new Set<KitId>();
    let lab = sim.createLab(start.preset);
    for (const step of steps) {
      if (step.kind === 'event') lab = sim.dispatch(lab, step.event).lab;
      else {
        const result = sim.exec(lab, step.host, step.line);
        result.needs.forEach((kit) => needs.add(kit));
        lab = result.lab;
      }
    }
    if (needs.size === 0) return storeOf(labId).set(lab);
    await loadCommandsOf([...needs]);
  }
}
