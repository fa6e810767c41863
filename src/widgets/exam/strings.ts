import { PASS_SCALED, SCALE_MAX } from './scaled';

/** Every label and sentence the practice exam shows, in one place (option marks and explanations are the quiz's). */
export const EXAM_TEXT = {
  region: 'Practice exam',
  needsJs: 'The practice exam needs JavaScript: it draws the questions, keeps the time and saves your attempt in this browser. JavaScript is off here, so practise with the quiz at the end of each chapter instead; those work without it:',
  chapterQuiz: (title: string) => `${title}: chapter and quiz`,
  intro: (questions: number, chapters: number) =>
    `Questions are drawn from all ${chapters} chapters (${questions} questions in all), spread across them, in an order of their own for each attempt, and each question’s options are shuffled too. You see no answers until you submit or time runs out; then every question is explained.`,
  timeRule: 'You get one minute per question. That is this site’s own practice rule, not a VMware exam rule.',
  passLine: `Pass line: ${PASS_SCALED} on a scale of ${SCALE_MAX}, like the VCP-410’s pass mark of ${PASS_SCALED} of ${SCALE_MAX}. This site’s scale is simply your share of right answers times ${SCALE_MAX} (${PASS_SCALED} is 60% right), not VMware’s own scaling, so take it as a guide, not a prediction.`,
  loading: 'Loading the questions…',
  loadFailed: 'The questions could not be loaded, so the exam cannot go on yet. Check your connection and try again; an attempt you have started is kept, and its clock keeps running.',
  retryLoad: 'Try loading the questions again',
  savedNote: 'Your attempt is saved in this browser: if you reload or leave the page, the clock keeps running and you can carry on where you were.',
  lengthLegend: 'Length',
  lengthOption: (count: number, all: boolean) => (all ? `Every question (${count}), ${count} minutes` : `${count} questions, ${count} minutes`),
  start: 'Start exam',
  timeLeft: 'Time left',
  answered: (answered: number, total: number) => `Answered ${answered} of ${total}`,
  questionsHeading: 'Questions',
  flag: 'Flag for review',
  flaggedCount: (count: number) => `Flagged for review: ${count}`,
  navigatorHeading: 'Question navigator',
  navigatorKey: 'A filled number is answered, ⚑ marks a question flagged for review, an outlined number is not answered yet. Choose a number to go to its question.',
  navigatorItem: (number: number, answered: boolean, flagged: boolean) => `Question ${number}: ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged for review' : ''}`,
  submit: 'Submit exam',
  confirmUnanswered: (count: number) =>
    `${count === 1 ? '1 question is' : `${count} questions are`} not answered. Unanswered questions count as wrong. Submit anyway?`,
  confirmSubmit: 'Submit anyway',
  keepAnswering: 'Keep answering',
  started: (count: number) => `Exam started: ${count} questions, ${count} minutes. Time is running.`,
  minutesLeft: (minutes: number) => (minutes === 1 ? '1 minute left.' : `${minutes} minutes left.`),
  timeUp: 'Time is up. Your exam was submitted with the answers you had given.',
  timeUpAway: 'Time ran out while you were away. Your exam was submitted with the answers you had given.',
  resultHeading: 'Your result',
  score: (correct: number, total: number) => `Score: ${correct} of ${total} (${total === 0 ? 0 : Math.round((correct / total) * 100)}%)`,
  scaled: (scaled: number, passed: boolean) =>
    `Scaled score: ${scaled} of ${SCALE_MAX}. ${passed ? `That is at or above the pass line of ${PASS_SCALED}: a pass.` : `The pass line is ${PASS_SCALED}: not a pass yet.`}`,
  answeredSummary: (answered: number, total: number) =>
    answered === total ? 'You answered every question.' : `You answered ${answered} of ${total} questions.`,
  byChapter: 'By chapter',
  byObjective: 'By objective',
  chapterColumn: 'Chapter',
  objectiveColumn: 'Objective',
  correctColumn: 'Right',
  totalColumn: 'Questions',
  reviewHeading: 'Every question, explained',
  source: (chapter: string, objective: string) => `${chapter} · ${objective}`,
  flaggedMark: ' · flagged for review',
  /** A bank's blueprint tag in words: `vcp410:2.1` is a VCP-410 objective, `delta41` is 4.1's own (beyond the VCP-410). */
  blueprint: (tag: string) => {
    const objective = /^vcp410:(\d+(?:\.\d+)*)$/.exec(tag)?.[1];
    if (objective) return `VCP-410 objective ${objective}`;
    return tag === 'delta41' ? 'new in 4.1, beyond the VCP-410' : tag;
  },
  readSection: (chapter: string, section: string | undefined) => (section ? `Read “${section}” in ${chapter}` : `Read the chapter: ${chapter}`),
  filterLegend: 'Show in the review',
  filterOption: (filter: 'all' | 'wrong' | 'flagged' | 'wrong-or-flagged', count: number) =>
    `${{ all: 'Every question', wrong: 'Only wrong or unanswered', flagged: 'Only flagged', 'wrong-or-flagged': 'Wrong, unanswered or flagged' }[filter]} (${count})`,
  filterStatus: (shown: number, total: number) => (shown === total ? `Showing all ${total} questions.` : `Showing ${shown} of ${total} questions.`),
  notAnswered: 'Not answered. The right answer is marked.',
  retake: 'Start a new exam',
  historyHeading: 'Your last results',
  historyEntry: (when: string, correct: number, total: number, timedOut: boolean) =>
    `${when}: ${correct} of ${total} (${total === 0 ? 0 : Math.round((correct / total) * 100)}%)${timedOut ? ', time ran out' : ''}`,
} as const;
