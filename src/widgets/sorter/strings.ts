import { KIND_LABEL, type Kind } from './examples';

/** Every label and sentence the sorter shows, in one place. Names follow DESIGN.md. */
export const SORTER_TEXT = {
  region: 'Sorter: emulation, simulation or virtualization',
  introStatic: 'For each example, decide whether it is emulation, simulation or virtualization, then open "Answer" to see whether you were right and why.',
  introLive: 'For each example, choose emulation, simulation or virtualization and check your answer.',
  answer: 'Answer',
  check: 'Check answer',
  checkAll: 'Check my answers',
  tryAgain: 'Try again',
  chooseFirst: 'Choose emulation, simulation or virtualization first.',
  right: 'Right:',
  notQuite: 'Not quite:',
  itIs: (answer: Kind) => `this is ${KIND_LABEL[answer].toLowerCase()}.`,
  score: (right: number, total: number) => `Score: ${right} of ${total}`,
  cleared: 'Answers cleared. Start again with the first example.',
} as const;
