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

export function readQuestion(root: HTMLElement): QuestionParts {
  const options = [...root.querySelectorAll<HTMLElement>('[data-option]')];
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
