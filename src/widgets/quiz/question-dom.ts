import type { QuestionType } from './schema';
import type { ScorableQuestion } from './score';
import type { QuestionView } from './view';

/**
 * The DOM side of ./Question.astro, shared by the quiz and the exam: read a rendered
 * question back into a model, and show a question's marks and explanations.
 */

/** One question as the server rendered it: the model comes from its own markup. */
export interface QuestionParts extends ScorableQuestion {
  root: HTMLElement;
  inputs: HTMLInputElement[];
  tags: HTMLElement[];
  explanations: HTMLDetailsElement[];
}

/**
 * Reads a question back. Its options may be shown in any order (`dealOptions`): each carries its
 * bank index (`data-option`), and the parts are returned in bank order, which answers use.
 */
export function readQuestion(root: HTMLElement): QuestionParts {
  const options = [...root.querySelectorAll<HTMLElement>('[data-option]')].sort((a, b) => Number(a.dataset.option) - Number(b.dataset.option));
  return {
    root,
    id: root.dataset.question ?? '',
    type: (root.dataset.type === 'multiple' ? 'multiple' : 'single') as QuestionType,
    options: options.map((option) => ({ correct: option.dataset.correct === 'true' })),
    inputs: options.map((option) => option.querySelector('input')!),
    tags: options.map((option) => option.querySelector<HTMLElement>('[data-tag]')!),
    explanations: options.map((option) => option.querySelector('details')!),
  };
}

/** The option indexes whose inputs are checked now. */
export function chosenIndexes(question: Pick<QuestionParts, 'inputs'>): number[] {
  return question.inputs.flatMap((input, index) => (input.checked ? [index] : []));
}

/**
 * Shows a question's state: the marks beside its options, and its explanations once it is
 * checked (`revealed`). With `open`, the explanations are also unfolded.
 */
export function showVerdicts(question: QuestionParts, view: Pick<QuestionView, 'state' | 'options'>, revealed: boolean, open: boolean) {
  question.root.dataset.state = view.state;
  view.options.forEach((option, index) => {
    const tag = question.tags[index]!;
    tag.hidden = option.tag === '';
    tag.dataset.verdict = option.verdict ?? '';
    tag.querySelector('[data-icon]')!.textContent = option.icon;
    tag.querySelector('[data-tag-text]')!.textContent = option.tag;
    const details = question.explanations[index]!;
    details.hidden = !revealed;
    if (open) details.open = revealed;
  });
}

/**
 * Shows a question's options in `order` (bank indexes, first shown first) by moving their list
 * items, each with its mark and explanation: the order of the DOM is the order of the arrow keys,
 * the Tab key and a screen reader, so all three follow what is seen. Inputs keep their state.
 */
export function dealOptions(question: Pick<QuestionParts, 'root'>, order: readonly number[]) {
  const list = question.root.querySelector<HTMLElement>('.options');
  if (!list) return;
  const byIndex = new Map([...list.querySelectorAll<HTMLElement>(':scope > [data-option]')].map((item) => [Number(item.dataset.option), item]));
  const items = order.flatMap((index) => byIndex.get(index) ?? []);
  if (items.length !== byIndex.size) return; // an order that does not fit the question: leave it
  const shown = [...list.children];
  if (items.every((item, position) => shown[position] === item)) return;
  list.append(...items);
}

/** The first input as shown (where focus goes when a question is entered). */
export function firstShownInput(question: Pick<QuestionParts, 'root'>): HTMLInputElement | null {
  return question.root.querySelector<HTMLInputElement>('[data-option] input');
}
