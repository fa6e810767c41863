import { BOX_DAYS, TOP_BOX } from '../../stores/progress/schedule';

const days = `${BOX_DAYS.slice(0, -1).join(', ')} or ${BOX_DAYS.at(-1)}`;

/** Every label and sentence of the spaced review page (option marks and explanations are the quiz's). */
export const REVIEW_TEXT = {
  region: 'Spaced review',
  needsJs: 'Spaced review needs JavaScript: it reads which questions you missed from this browser and asks them again. With JavaScript off, use the quiz at the end of each chapter.',
  loading: 'Loading the questions…',
  loadFailed: (reason: string) => `The questions could not be loaded (${reason}), so the review cannot start. Check your connection and try again.`,
  retry: 'Try loading the questions again',
  due: (count: number) => (count === 1 ? '1 question is due for review.' : `${count} questions are due for review.`),
  position: (number: number, total: number) => `Question ${number} of ${total}`,
  source: (chapter: string, box: number) => `From ${chapter} · box ${box} of ${TOP_BOX}`,
  check: 'Check answer',
  next: 'Next question',
  finish: 'Finish this round',
  chooseFirst: 'Choose an answer first, then check it.',
  movedUp: (box: number, when: string) => `It moves to box ${box} of ${TOP_BOX}: next review on ${when}.`,
  backToOne: 'It goes back to box 1 and stays due: it comes back in the next round.',
  roundDone: (right: number, total: number) => `Round done: ${right} of ${total} right.`,
  again: (count: number) => (count === 1 ? 'Review the 1 question still due' : `Review the ${count} questions still due`),
  nothingDue: (when: string) => `Nothing due — next review on ${when}.`,
  nothingYet: 'Nothing to review yet. Answer a chapter’s quiz or take the practice exam: every question you miss comes back here, and every one you get right returns later, at growing intervals.',
  schedule: `A question you miss comes back at once. Each right answer moves it up a box, from box 1 to box ${TOP_BOX}, and it comes back after ${days} days. Your answers here count toward your progress page too.`,
} as const;

/** A due date as the reader reads dates: "Sat, 6 Dec 2026" in their own locale. */
export const reviewDate = (time: number): string => new Date(time).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
