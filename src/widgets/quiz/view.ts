import { correctIndexes, isAnswerCorrect, optionVerdict, restoreChoice, type OptionVerdict, type QuizScore, type ScorableQuestion } from './score';
import { QUIZ_TEXT, VERDICT_TEXT } from './strings';

/** What one question should look like, derived from the question and its saved answer. */
export interface QuestionView {
  /** The saved choice that fits the question, or null when the question is not checked. */
  chosen: number[] | null;
  state: 'unchecked' | 'correct' | 'wrong';
  /** The sentence under the options ('' for none). */
  result: string;
  options: { verdict: OptionVerdict | null; icon: string; tag: string }[];
}

/**
 * @param saved the `chosen` list stored for this question (anything; it is validated here)
 * @param askedEmpty the reader pressed "Check answer" with nothing chosen
 */
export function questionView(question: ScorableQuestion, saved: unknown, askedEmpty = false): QuestionView {
  const chosen = restoreChoice(question, saved);
  if (!chosen) {
    return {
      chosen: null,
      state: 'unchecked',
      result: askedEmpty ? QUIZ_TEXT.chooseFirst : '',
      options: question.options.map(() => ({ verdict: null, icon: '', tag: '' })),
    };
  }
  const right = isAnswerCorrect(question, chosen);
  return {
    chosen,
    state: right ? 'correct' : 'wrong',
    result: right ? QUIZ_TEXT.correct : QUIZ_TEXT.notQuite(correctIndexes(question).length),
    options: optionMarks(question, chosen),
  };
}

/** Each option's mark for a choice (an empty choice marks the right options as missed). */
export function optionMarks(question: ScorableQuestion, chosen: readonly number[]): QuestionView['options'] {
  return question.options.map((_, index) => {
    const verdict = optionVerdict(question, index, chosen);
    return { verdict, icon: VERDICT_TEXT[verdict].icon, tag: VERDICT_TEXT[verdict].text };
  });
}

export function scoreText(score: QuizScore): string {
  return QUIZ_TEXT.score(score.correct, score.total);
}
