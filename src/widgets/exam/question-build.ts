import { QUIZ_TEXT } from '../quiz/strings';
import type { PoolQuestion } from './pool';

/**
 * Builds one exam question from the fetched pool, by filling a clone of the pattern the server
 * rendered with the quiz's own markup (../quiz/Question.astro): one render path, and every text
 * from the JSON set with textContent, never parsed as HTML.
 */
export function buildQuestion(pattern: HTMLElement, question: PoolQuestion, number: number, order: readonly number[]): HTMLElement {
  const root = pattern.cloneNode(true) as HTMLElement;
  root.dataset.question = question.key;
  root.dataset.type = question.type;
  root.querySelector('[data-number]')!.textContent = `${number}.`;
  root.querySelector('.prompt')!.textContent = question.prompt;
  const hint = root.querySelector<HTMLElement>('.hint');
  if (hint) {
    hint.textContent = question.hint;
    hint.hidden = question.hint === '';
  }
  const list = root.querySelector<HTMLElement>('.options')!;
  const optionPattern = list.querySelector<HTMLElement>('[data-option]')!;
  list.replaceChildren(...order.map((index) => buildOption(optionPattern, question, index)));
  return root;
}

function buildOption(pattern: HTMLElement, question: PoolQuestion, index: number): HTMLElement {
  const option = question.options[index]!;
  const item = pattern.cloneNode(true) as HTMLElement;
  item.dataset.option = String(index);
  item.dataset.correct = String(option.correct);
  const input = item.querySelector('input')!;
  input.type = question.type === 'single' ? 'radio' : 'checkbox';
  input.name = `exam:${question.key}`;
  input.value = String(index);
  input.checked = false;
  item.querySelector('label > span')!.textContent = option.text;
  const explanation = item.querySelector('details.explanation p')!;
  const verdict = document.createElement('strong');
  verdict.textContent = QUIZ_TEXT.explanationVerdict(option.correct);
  explanation.replaceChildren(verdict, ` ${option.explanation}`);
  return item;
}
