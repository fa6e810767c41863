import type { OptionVerdict } from './score';

/** Every label and sentence the quiz shows, in one place. Names match DESIGN.md. */
export const QUIZ_TEXT = {
  region: (title: string) => `Quiz: ${title}`,
  introStatic: 'Choose your answers, then open each explanation to see whether an option is right and why.',
  introLive: 'Choose an answer and check it to see every option explained. Your answers are kept in this browser.',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose all that apply.',
  explanation: 'Explanation',
  /** Starts each explanation, so readers without JavaScript learn the answer too. */
  explanationVerdict: (correct: boolean) => (correct ? 'Right answer.' : 'Not right.'),
  check: 'Check answer',
  tryAgain: 'Try again',
  reset: 'Reset quiz',
  chooseFirst: 'Choose an answer first, then check it.',
  correct: 'Correct.',
  notQuite: (rightCount: number) =>
    rightCount > 1 ? 'Not quite. The right answers are marked.' : 'Not quite. The right answer is marked.',
  score: (correct: number, total: number) => `Score: ${correct} of ${total}`,
} as const;

/** The mark next to an option once its question is checked: text first, the symbol is decoration. */
export const VERDICT_TEXT: Record<OptionVerdict, { icon: string; text: string }> = {
  'right-chosen': { icon: '✓', text: 'Right answer, you chose it' },
  'right-missed': { icon: '✓', text: 'Right answer, you missed it' },
  'wrong-chosen': { icon: '✗', text: 'Not right, you chose it' },
  wrong: { icon: '', text: '' },
};

/** "Choose one answer." or "Choose all that apply.", unless the prompt already says so. */
export function questionHint(question: { type: 'single' | 'multiple'; prompt: string }): string {
  if (question.type === 'multiple') return /\b(all|every)\b[^.?!]*\bappl(y|ies)\b/i.test(question.prompt) ? '' : QUIZ_TEXT.chooseAll;
  return /\bchoose one\b/i.test(question.prompt) ? '' : QUIZ_TEXT.chooseOne;
}
