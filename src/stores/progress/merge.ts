import { own } from './checks';
import { MAX_EXAM_RESULTS, type ExamProgress, type ExamResult } from './exam-format';
import type { AnswerEvent, Progress, QuestionRecord, QuizAnswer, QuizProgress, ScenarioProgress } from './format';
import { MAX_HISTORY } from './history';

/**
 * Progress imported from a file, merged into what this browser holds without losing any of
 * it: a question's latest answer (by time) wins, finished scenarios are a union, exam results
 * and answer histories are combined. Where two values cannot both stay (an option-order seed,
 * an exam attempt), this browser's is kept. Pure; both inputs are valid (checked) progress.
 */
export function mergeProgress(here: Progress, incoming: Progress): Progress {
  const merged: Progress = {
    version: here.version,
    quizzes: mergeRecords(here.quizzes, incoming.quizzes, mergeQuiz),
    scenarios: mergeRecords(here.scenarios, incoming.scenarios, earlierScenario),
    review: mergeRecords(here.review, incoming.review, mergeQuestion),
  };
  const exam = mergeExam(here.exam, incoming.exam);
  if (exam) merged.exam = exam;
  return merged;
}

function mergeRecords<T>(here: Readonly<Record<string, T>>, incoming: Readonly<Record<string, T>>, both: (here: T, incoming: T) => T): Record<string, T> {
  const merged = Object.fromEntries(Object.entries(here));
  for (const [id, value] of Object.entries(incoming)) {
    const mine = own(here, id);
    merged[id] = mine === undefined ? value : both(mine, value);
  }
  return merged;
}

function mergeQuiz(here: QuizProgress, incoming: QuizProgress): QuizProgress {
  const quiz: QuizProgress = { answers: mergeRecords(here.answers, incoming.answers, laterAnswer) };
  const seed = here.seed ?? incoming.seed;
  if (seed !== undefined) quiz.seed = seed;
  return quiz;
}

/** The answer checked later; on a tie, or when neither says when, the one already here. */
const laterAnswer = (here: QuizAnswer, incoming: QuizAnswer): QuizAnswer => ((incoming.checkedAt ?? -1) > (here.checkedAt ?? -1) ? incoming : here);

/** Finished on either side: keeps the first time it was finished, when known. */
const earlierScenario = (here: ScenarioProgress, incoming: ScenarioProgress): ScenarioProgress =>
  incoming.completedAt !== undefined && (here.completedAt === undefined || incoming.completedAt < here.completedAt) ? incoming : here;

/** Both histories, each answer once, in time order; the box and due time of the side answered last. */
function mergeQuestion(here: QuestionRecord, incoming: QuestionRecord): QuestionRecord {
  const seen = new Set<string>();
  const history: AnswerEvent[] = [...here.history, ...incoming.history]
    .filter((event) => {
      const id = `${event.at}:${event.correct}`;
      return !seen.has(id) && seen.add(id);
    })
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_HISTORY);
  const last = (record: QuestionRecord) => record.history.at(-1)!.at;
  const { box, due } = last(incoming) > last(here) ? incoming : here;
  return { history, box, due };
}

function mergeExam(here: ExamProgress | undefined, incoming: ExamProgress | undefined): ExamProgress | undefined {
  if (!here || !incoming) return here ?? incoming;
  const seen = new Set<string>();
  const results: ExamResult[] = [...here.results, ...incoming.results]
    .filter((result) => {
      const id = JSON.stringify(result);
      return !seen.has(id) && seen.add(id);
    })
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .slice(-MAX_EXAM_RESULTS);
  const attempt = here.attempt ?? incoming.attempt;
  return attempt ? { attempt, results } : { results };
}
