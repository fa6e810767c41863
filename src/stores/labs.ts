import { map } from 'nanostores';
import { applyStep, createLab, dispatch, exec, isPresetId, type ExecResult, type LabEvent, type LabState, type SolutionStep } from '#sim-core/core';

/**
 * The one bridge between widgets and the simulation: lab id -> current lab snapshot.
 * Widgets never keep their own copy of the lab; they subscribe and re-render.
 */
export const $labs = map<Record<string, LabState>>({});

const UNDO_DEPTH = 50;
const history = new Map<string, LabState[]>();

/** Creates the lab on first use; later callers with the same id share it. */
export function ensureLab(labId: string, preset: string): LabState {
  const existing = $labs.get()[labId];
  if (existing) return existing;
  const lab = createLab(isPresetId(preset) ? preset : 'after-upgrade');
  $labs.setKey(labId, lab);
  return lab;
}

export function getLab(labId: string): LabState | undefined {
  return $labs.get()[labId];
}

function commit(labId: string, next: LabState, remember: boolean) {
  const previous = $labs.get()[labId];
  if (previous === next) return;
  if (remember && previous) {
    const stack = history.get(labId) ?? [];
    history.set(labId, [...stack, previous].slice(-UNDO_DEPTH));
  }
  $labs.setKey(labId, next);
}

/** Runs a typed line on a host of the lab. Unknown labs answer with a message, never a crash. */
export function execInLab(labId: string, host: string, line: string): ExecResult | undefined {
  const lab = $labs.get()[labId];
  if (!lab) return undefined;
  const result = exec(lab, host, line);
  commit(labId, result.lab, true);
  return result;
}

/** A key at the console, a power action, an answer: remembered for undo. Clock ticks are not. */
export function sendEvent(labId: string, event: LabEvent) {
  const lab = $labs.get()[labId];
  if (!lab) return;
  commit(labId, dispatch(lab, event), event.type !== 'tick');
}

export function resetLab(labId: string) {
  const lab = $labs.get()[labId];
  if (!lab) return;
  commit(labId, createLab(lab.preset), true);
}

export function canUndo(labId: string): boolean {
  return (history.get(labId)?.length ?? 0) > 0;
}

export function undo(labId: string) {
  const stack = history.get(labId);
  const previous = stack?.pop();
  if (previous) $labs.setKey(labId, previous);
}

/** Resets the lab to its preset and plays steps on it: one undoable change. */
export function playSteps(labId: string, steps: readonly SolutionStep[]) {
  const lab = $labs.get()[labId];
  if (!lab) return;
  commit(labId, steps.reduce(applyStep, createLab(lab.preset)), true);
}
