import type { LabEvent, LabState } from '../lab/types';

/** A goal is a check on the lab's state, never on what was typed, so any correct route passes. */
export interface Goal {
  id: string;
  label: string;
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
  /** The task in one sentence. */
  task: string;
  goals: Goal[];
  questions: Question[];
  hints: string[];
  solution: SolutionStep[];
}

export interface GoalStatus {
  id: string;
  label: string;
  met: boolean;
  because: string | null;
}

/** A question's choices from a record of value -> label (one place for that mapping). */
export function choicesFrom(labels: Readonly<Record<string, string>>): Question['choices'] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
