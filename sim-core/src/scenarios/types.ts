import type { LabEvent, LabState } from '../lab/types';

/** A goal is a check on the lab's state, never on what was typed, so any correct route passes. */
export interface Goal {
  id: string;
  label: string;
  /** A condition to keep (met at the start, broken by a wrong route), not a thing to do. */
  keep?: true;
  /** null when met; otherwise why not yet, in words a reader can act on. */
  unmetBecause: (lab: LabState) => string | null;
}

/** A question the reader answers in the scenario panel; the answer goes into the lab as an event. */
export interface Question {
  id: string;
  prompt: string;
  choices: { value: string; label: string }[];
}

export type SolutionStep =
  | { kind: 'exec'; host: string; line: string }
  | { kind: 'event'; event: LabEvent; says: string };

export interface Scenario {
  id: string;
  title: string;
  preset: string;
  host: string;
  goals: Goal[];
  questions: Question[];
  solution: SolutionStep[];
}

/**
 * What a scenario asks and hints, in words: the page renders them on the server, so they live
 * apart from the goals and solution that the browser's kit code needs (scenarios/words/).
 */
export interface ScenarioWords {
  /** The task in one sentence. */
  task: string;
  hints: string[];
}

export interface GoalStatus {
  id: string;
  label: string;
  met: boolean;
  keep: boolean;
  because: string | null;
}

/** A question's choices from a record of value -> label (one place for that mapping). */
export function choicesFrom(labels: Readonly<Record<string, string>>): Question['choices'] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
