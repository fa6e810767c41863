import { MAX_TICK_MS, type KitId, type LabState, type OutputLine, type Sim } from '#sim-core/core';
import type { LabStep } from '../labs';
import { printedBy } from '../shell';

/** What one replayed line printed, for its session's transcript. */
export interface Printed {
  host: string;
  lines: OutputLine[];
  clear: boolean;
}

export type Replayed =
  | { lab: LabState; printed: Printed[] }
  /** Code the page must fetch first: kits' engines (an event of theirs) or commands (a line naming one). */
  | { engines: KitId[]; commands: KitId[] }
  /** A step this lab does not take now: the link is stale (or was altered). */
  | { refused: string };

/**
 * A lab's steps played again from its preset, with what each line printed. Pure: the same sim,
 * preset and steps give the same lab, which is what makes a lab link reproduce its lab.
 */
export function replay(sim: Sim, preset: string, steps: readonly LabStep[]): Replayed {
  let lab = sim.createLab(preset);
  const printed: Printed[] = [];
  const commands = new Set<KitId>();
  for (const [index, step] of steps.entries()) {
    if ('waitMs' in step) {
      // A tick takes at most MAX_TICK_MS; time passing in parts ends in the same lab.
      for (let left = step.waitMs; left > 0; left -= MAX_TICK_MS) lab = sim.tick(lab, Math.min(left, MAX_TICK_MS));
    } else if ('event' in step) {
      const kit = sim.kitOfEvent(step.event.type);
      if (kit && !sim.loaded.includes(kit)) return { engines: [kit], commands: [] };
      const outcome = sim.dispatch(lab, step.event);
      if (outcome.refused) return { refused: `step ${index + 1}: ${outcome.refused.message}` };
      lab = outcome.lab;
    } else {
      if (!lab.hosts[step.host]) return { refused: `step ${index + 1}: no host ${step.host}` };
      const result = sim.exec(lab, step.host, step.line);
      // The lines after it ran on the lab this line would have made: fetch, then play again.
      if (result.needs.length > 0) {
        result.needs.forEach((kit) => commands.add(kit));
        break;
      }
      printed.push({ host: step.host, ...printedBy(lab.hosts[step.host], step.line, result) });
      lab = result.lab;
    }
  }
  return commands.size > 0 ? { engines: [], commands: [...commands] } : { lab, printed };
}
