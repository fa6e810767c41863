import type { LabState } from '../lab/types';
import type { GoalStatus, Scenario } from './types';

export type { Scenario, Goal, GoalStatus, Question, SolutionStep } from './types';

export function checkGoals(scenario: Scenario, lab: LabState): GoalStatus[] {
  return scenario.goals.map((goal) => {
    const because = goal.unmetBecause(lab);
    return { id: goal.id, label: goal.label, met: because === null, keep: goal.keep === true, because };
  });
}
