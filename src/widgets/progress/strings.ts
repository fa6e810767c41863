/** Every label and sentence of the chapter states, the progress page and the review page. */
export const PROGRESS_TEXT = {
  notStarted: 'Not started',
  quizShort: (correct: number, total: number) => `Quiz ${correct}/${total}`,
  quizSpoken: (correct: number, total: number) => `quiz ${correct} of ${total} right`,
  scenarios: (done: number, total: number) => `${done} of ${total} scenario${total === 1 ? '' : 's'}`,
  scenariosSpoken: (done: number, total: number) => `${done} of ${total} scenario${total === 1 ? '' : 's'} done`,
} as const;
