import type { LabState } from '../lab/types';
import { registeredScenarios } from '../kits/registry';
import { dispatch } from '../lab/dispatch';
import { exec } from '../lab/exec';
import { createLab } from '../lab/presets';
import type { GoalStatus, Scenario, SolutionStep } from './types';

export type { Scenario, Goal, GoalStatus, Question, SolutionStep } from './types';

/** Every scenario of the loaded kits. */
export function scenarios(): Scenario[] {
  return registeredScenarios();
}

export function scenarioById(id: string): Scenario | undefined {
  return registeredScenarios().find((scenario) => scenario.id === id);
}

export function checkGoals(scenario: Scenario, lab: LabState): GoalStatus[] {
  return scenario.goals.map((goal) => {
    const because = goal.unmetBecause(lab);
    return { id: goal.id, label: goal.label, met: because === null, because };
  });
}

/** Applies one solution step: a typed line or an event. */
export function applyStep(lab: LabState, step: SolutionStep): LabState {
  return step.kind === 'exec' ? exec(lab, step.host, step.line).lab : dispatch(lab, step.event);
}

/** The scenario's starting lab, with its solution played through. */
export function replaySolution(scenario: Scenario): LabState {
  return scenario.solution.reduce(applyStep, createLab(scenario.preset));
}
