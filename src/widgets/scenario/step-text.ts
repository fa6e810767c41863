import type { SolutionStep } from '#sim-core/core';

/** How a solution step reads in the panel. */
export function stepText(step: SolutionStep): { text: string; code: boolean } {
  return step.kind === 'exec' ? { text: step.line, code: true } : { text: step.says, code: false };
}
