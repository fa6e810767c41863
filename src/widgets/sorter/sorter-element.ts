import { defineElement } from '../shared/define';
import type { Kind } from './examples';
import { check, choose, feedbackParts, feedbackText, isKind, scoreOf, scoreText, summaryText, verdictOf, type Checked, type Sortable } from './sorter';
import { SORTER_TEXT } from './strings';

interface Item {
  example: Sortable;
  root: HTMLElement;
  inputs: HTMLInputElement[];
  feedback: HTMLElement;
  verdict: HTMLElement;
  reason: HTMLElement;
}

/**
 * <esxi-sorter>: makes the server-rendered sorter interactive. Needs no lab and no store: the
 * checked answers live only in this element, so two sorters on a page are independent.
 */
class SorterElement extends HTMLElement {
  #items: Item[] = [];
  #checked: Checked = new Map();
  /** Examples whose "Check answer" was pressed with nothing chosen. */
  #askedEmpty = new Set<string>();

  connectedCallback() {
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-example]')].flatMap((root) => {
      const answer = root.dataset.answer;
      const example = isKind(answer) ? { id: root.dataset.example ?? '', answer, why: root.querySelector('[data-why]')?.textContent?.trim() ?? '' } : undefined;
      const feedback = root.querySelector<HTMLElement>('[data-feedback]');
      const verdict = feedback?.querySelector<HTMLElement>('[data-verdict]');
      const reason = feedback?.querySelector<HTMLElement>('[data-reason]');
      if (!example || !feedback || !verdict || !reason) return [];
      return [{ example, root, inputs: [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')], feedback, verdict, reason }];
    });
    for (const element of this.querySelectorAll<HTMLElement>('[data-live], [data-footer], [data-action="check"]')) element.hidden = false;
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = true;
    this.addEventListener('click', this.#onClick);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('submit', this.#onSubmit);
    this.#render();
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('submit', this.#onSubmit);
  }

  #choiceOf(item: Item): Kind | null {
    const value = item.inputs.find((input) => input.checked)?.value;
    return isKind(value) ? value : null;
  }

  #examples(): Sortable[] {
    return this.#items.map((item) => item.example);
  }

  #render() {
    for (const item of this.#items) {
      const checked = this.#checked.get(item.example.id) ?? null;
      const asked = this.#askedEmpty.has(item.example.id);
      const state = checked !== null ? verdictOf(item.example, checked) : asked ? 'unanswered' : '';
      item.root.dataset.state = state;
      const parts = state === '' ? { verdict: '', reason: '' } : feedbackParts(item.example, checked);
      item.verdict.textContent = parts.verdict;
      item.reason.textContent = parts.reason;
      item.feedback.hidden = state === '';
    }
    const score = this.querySelector<HTMLElement>('[data-score]');
    if (score) score.textContent = scoreText(scoreOf(this.#examples(), this.#checked));
  }

  #announce(text: string) {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    // Same text twice (checking the same answer again) must still be announced.
    status.textContent = status.textContent === text ? `${text}\u00a0` : text;
  }

  #checkOne(item: Item) {
    const choice = this.#choiceOf(item);
    this.#checked = check(this.#checked, item.example.id, choice);
    if (choice === null) this.#askedEmpty.add(item.example.id);
    else this.#askedEmpty.delete(item.example.id);
    this.#render();
    this.#announce(feedbackText(item.example, choice));
  }

  #checkAll() {
    for (const item of this.#items) {
      const choice = this.#choiceOf(item);
      if (choice !== null) this.#checked = check(this.#checked, item.example.id, choice);
    }
    this.#render();
    this.#announce(summaryText(scoreOf(this.#examples(), this.#checked)));
  }

  #reset() {
    this.querySelector<HTMLFormElement>('[data-form]')?.reset();
    this.#checked = new Map();
    this.#askedEmpty.clear();
    this.#render();
    this.#announce(SORTER_TEXT.cleared);
    this.#items[0]?.inputs[0]?.focus();
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    const action = button.dataset.action;
    if (action === 'check-all') this.#checkAll();
    else if (action === 'reset') this.#reset();
    else if (action === 'check') {
      const item = this.#items.find((candidate) => candidate.root.contains(button));
      if (item) this.#checkOne(item);
    }
  };

  #onChange = (event: Event) => {
    const item = this.#items.find((candidate) => event.target instanceof Node && candidate.root.contains(event.target));
    if (!item) return;
    const before = this.#checked;
    this.#checked = choose(this.#checked, item.example.id, this.#choiceOf(item));
    const cleared = this.#askedEmpty.delete(item.example.id);
    if (before !== this.#checked || cleared) this.#render();
  };

  #onSubmit = (event: Event) => event.preventDefault();
}

defineElement('esxi-sorter', SorterElement);
