import { scoreQuiz, type ScorableQuestion } from '../quiz/score';
import { optionMarks, questionView, type QuestionView } from '../quiz/view';
import { EXAM_TEXT } from './strings';

/** An exam question, as scoring and the review need it; `id` is its `bank/question-id` key. */
export interface ExamQuestion extends ScorableQuestion {
  chapter: string;
  objective: string;
}

export interface GroupScore {
  name: string;
  correct: number;
  answered: number;
  total: number;
}

export interface ExamScore extends Omit<GroupScore, 'name'> {
  /** Per chapter and per objective, in the order their first question comes in `questions`. */
  chapters: GroupScore[];
  objectives: GroupScore[];
}

type Answers = Readonly<Record<string, readonly number[] | undefined>>;

function groups(questions: readonly ExamQuestion[], answers: Answers, nameOf: (question: ExamQuestion) => string): GroupScore[] {
  const grouped = new Map<string, ExamQuestion[]>();
  for (const question of questions) grouped.set(nameOf(question), [...(grouped.get(nameOf(question)) ?? []), question]);
  return [...grouped].map(([name, members]) => ({ name, ...score(members, answers) }));
}

function score(questions: readonly ExamQuestion[], answers: Answers) {
  const saved = Object.fromEntries(Object.entries(answers).flatMap(([key, chosen]) => (chosen ? [[key, { chosen }]] : [])));
  const { correct, checked, total } = scoreQuiz(questions, saved);
  return { correct, answered: checked, total };
}

/** Scores an attempt's answers (question key -> chosen indexes), in all and per group. */
export function scoreExam(questions: readonly ExamQuestion[], answers: Answers): ExamScore {
  return {
    ...score(questions, answers),
    chapters: groups(questions, answers, (question) => question.chapter),
    objectives: groups(questions, answers, (question) => question.objective),
  };
}

/**
 * How a question looks in the review: the quiz's marks for an answer, and for a question left
 * unanswered, the right options marked with a sentence that says so.
 */
export function reviewView(question: ScorableQuestion, chosen: readonly number[] | undefined): QuestionView {
  const answered = questionView(question, chosen);
  if (answered.chosen) return answered;
  return { chosen: null, state: 'wrong', result: EXAM_TEXT.notAnswered, options: optionMarks(question, []) };
}
