import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { KIT_ORDER, type ExecResult, type KitId, type LabEvent, type LabState, type Outcome, type SolutionStep } from '#sim-core/core';
import { $sim, loadCommandsOf } from './sim';

/**
 * The one bridge between widgets and the simulation: each lab of the page has its own store,
 * holding its current snapshot, so time passing in one lab redraws only that lab's widgets.
 * Widgets never keep their own copy of a lab; they subscribe and redraw.
 */
const stores = new Map<string, WritableAtom<LabState | undefined>>();

/**
 * What changed a lab since its preset, in order: a line typed on a host, an event a widget sent,
 * or the clock moving on (the milliseconds it moved between two of those, added up: sim-core
 * gives the same lab for one long tick as for many short ones). Replaying it from the preset
 * rebuilds the lab exactly: that is what a lab link carries (src/stores/links/).
 */
export type LabStep = { host: string; line: string } | { event: LabEvent } | { waitMs: number };
const histories = new Map<string, LabStep[]>();

/** The lab's steps since its preset (empty for a lab not yet created). */
export const labHistory = (labId: string): readonly LabStep[] => histories.get(labId) ?? [];

function record(labId: string, step: LabStep) {
  const steps = histories.get(labId) ?? [];
  const last = steps.at(-1);
  if ('waitMs' in step && last && 'waitMs' in last) steps[steps.length - 1] = { waitMs: last.waitMs + step.waitMs };
  else steps.push(step);
  histories.set(labId, steps);
}

/** Sets a lab and the steps that led to it from its preset. */
export function setLab(labId: string, lab: LabState, steps: readonly LabStep[]) {
  histories.set(labId, [...steps]);
  storeOf(labId).set(lab);
}
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
  setLab(labId, lab, []);
  return lab;
}

export const getLab = (labId: string): LabState | undefined => stores.get(labId)?.get();

/** Runs a typed line on a host of the lab. Undefined for a lab this page does not have. */
export function execInLab(labId: string, host: string, line: string): ExecResult | undefined {
  const lab = getLab(labId);
  if (!lab) return undefined;
  const result = $sim.get().exec(lab, host, line);
  // A line that needed a kit this page has not loaded changes nothing: it runs again once the kit is in.
  if (result.needs.length > 0) return result;
  record(labId, { host, line });
  storeOf(labId).set(result.lab);
  return result;
}

/** A key, a click, time passing: the outcome says when the lab refused it, and why. */
export function sendEvent(labId: string, event: LabEvent): Outcome | undefined {
  const lab = getLab(labId);
  if (!lab) return undefined;
  const outcome = $sim.get().dispatch(lab, event);
  if (outcome.lab === lab) return outcome;
  // A tick is kept as the time the clock really moved (the sim takes whole milliseconds).
  record(labId, event.type === 'tick' ? { waitMs: outcome.lab.clock.nowMs - lab.clock.nowMs } : { event });
  storeOf(labId).set(outcome.lab);
  return outcome;
}

/** The lab as its preset built it. */
export function resetLab(labId: string) {
  const lab = getLab(labId);
  if (lab) setLab(labId, $sim.get().createLab(lab.preset), []);
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
    const done: LabStep[] = [];
    for (const step of steps) {
      if (step.kind === 'event') {
        const next = sim.dispatch(lab, step.event).lab;
        if (next !== lab) done.push(step.event.type === 'tick' ? { waitMs: next.clock.nowMs - lab.clock.nowMs } : { event: step.event });
        lab = next;
      } else {
        const result = sim.exec(lab, step.host, step.line);
        result.needs.forEach((kit) => needs.add(kit));
        done.push({ host: step.host, line: step.line });
        lab = result.lab;
      }
    }
    if (needs.size === 0) return setLab(labId, lab, done);
    await loadCommandsOf([...needs]);
  }
}
