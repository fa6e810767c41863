/**
 * The sorter's rules, free of the DOM: which answers are checked, what each example's
 * feedback says, and the score. The custom element only reads inputs and writes text.
 */
import { KINDS, type Kind, type SorterExample } from './examples';
import { SORTER_TEXT } from './strings';

export type Verdict = 'right' | 'wrong' | 'unanswered';

/** What the rules need of an example (the element reads these back from the markup). */
export type Sortable = Pick<SorterExample, 'id' | 'answer' | 'why'>;

/** The choice each example had when the reader last checked it, by example id. */
export type Checked = ReadonlyMap<string, Kind>;

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

export function verdictOf(example: Sortable, choice: Kind | null): Verdict {
  if (choice === null) return 'unanswered';
  return choice === example.answer ? 'right' : 'wrong';
}

/** The feedback in two parts, so the verdict ("Right:", "Not quite:") can stand out. */
export function feedbackParts(example: Sortable, choice: Kind | null): { verdict: string; reason: string } {
  const verdict = verdictOf(example, choice);
  if (verdict === 'unanswered') return { verdict: '', reason: SORTER_TEXT.chooseFirst };
  if (verdict === 'right') return { verdict: SORTER_TEXT.right, reason: example.why };
  return { verdict: SORTER_TEXT.notQuite, reason: `${SORTER_TEXT.itIs(example.answer)} ${example.why}` };
}

/** "Right: …", "Not quite: this is …. …", or a prompt to choose first. */
export function feedbackText(example: Sortable, choice: Kind | null): string {
  const { verdict, reason } = feedbackParts(example, choice);
  return verdict === '' ? reason : `${verdict} ${reason}`;
}

/** Records a check: with no choice nothing is recorded (the reader is asked to choose). */
export function check(checked: Checked, id: string, choice: Kind | null): Checked {
  const next = new Map(checked);
  if (choice === null) next.delete(id);
  else next.set(id, choice);
  return next;
}

/** A new choice makes an earlier check stale, so its feedback and point go until checked again. */
export function choose(checked: Checked, id: string, choice: Kind | null): Checked {
  if (!checked.has(id) || checked.get(id) === choice) return checked;
  const next = new Map(checked);
  next.delete(id);
  return next;
}

export interface Score {
  right: number;
  checked: number;
  total: number;
}

export function scoreOf(examples: readonly Sortable[], checked: Checked): Score {
  let right = 0;
  let count = 0;
  for (const example of examples) {
    const choice = checked.get(example.id);
    if (choice === undefined) continue;
    count += 1;
    if (choice === example.answer) right += 1;
  }
  return { right, checked: count, total: examples.length };
}

export function scoreText(score: Score): string {
  return SORTER_TEXT.score(score.right, score.total);
}

/** What "Check my answers" announces: how many were checked and right, and what is left. */
export function summaryText(score: Score): string {
  const parts: string[] = [];
  if (score.checked === 0) parts.push(SORTER_TEXT.chooseFirst);
  else parts.push(`${plural(score.checked, 'answer')} checked, ${score.right} right.`);
  const open = score.total - score.checked;
  if (score.checked > 0 && open > 0) parts.push(`${plural(open, 'example')} still without an answer.`);
  parts.push(`${scoreText(score)}.`);
  return parts.join(' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
