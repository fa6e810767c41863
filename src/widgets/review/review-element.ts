import { $progress, $progressNotice, progressStore, quizOrderSeed, type ProgressNotice } from '../../stores/progress';
import { withAnswer } from '../../stores/progress/history';
import { buildQuestion } from '../exam/question-build';
import { underBase } from '../exam/links';
import { fetchPool, type PoolQuestion } from '../exam/pool';
import { optionOrder } from '../quiz/order';
import { chosenIndexes, firstShownInput, readQuestion, showVerdicts, type QuestionParts } from '../quiz/question-dom';
import { isAnswerCorrect } from '../quiz/score';
import { questionView } from '../quiz/view';
import { defineElement } from '../shared/define';
import { nextDue, reviewQueue } from './queue';
import { REVIEW_TEXT as TEXT, reviewDate } from './strings';

/** The exam's pool, under the site's base path: the review asks the same questions. */
const POOL_URL = underBase(import.meta.env.BASE_URL, 'exam/questions.json');

/**
 * <esxi-review>: one round of spaced review. A round asks each question due when it starts,
 * one at a time; each answer joins the question's history and moves it on the schedule at once,
 * so a reload or another tab sees it. Questions missed in the round are due again at its end.
 */
export class EsxiReview extends HTMLElement {
  #stops: (() => void)[] = [];
  #byKey = new Map<string, PoolQuestion>();
  #titles = new Map<string, string>();
  #round: string[] = [];
  #index = 0;
  #right = 0;
  #current: QuestionParts | null = null;

  connectedCallback() {
    this.#stops = [$progressNotice.subscribe((notice) => this.#renderNotice(notice))];
    this.addEventListener('click', this.#onClick);
    if (this.#byKey.size === 0) void this.#load();
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.removeEventListener('click', this.#onClick);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #load() {
    const text = this.#part('[data-load-text]');
    const retry = this.#part<HTMLButtonElement>('[data-action="retry"]');
    text.textContent = TEXT.loading;
    retry.hidden = true;
    const fetched = await fetchPool(POOL_URL);
    if (!fetched.ok) {
      text.textContent = TEXT.loadFailed(fetched.reason);
      retry.hidden = false;
      return;
    }
    this.#byKey = new Map(fetched.pool.questions.map((question) => [question.key, question]));
    this.#titles = new Map(fetched.pool.chapters.map((chapter) => [chapter.slug, chapter.title]));
    this.#part('[data-load]').hidden = true;
    this.#startRound();
  }

  #renderNotice(notice: ProgressNotice | null) {
    const element = this.#part('[data-notice]');
    element.textContent = notice?.message ?? '';
    element.hidden = notice === null;
  }

  #startRound() {
    progressStore.sync();
    this.#round = reviewQueue($progress.get().review, Date.now(), new Set(this.#byKey.keys()));
    this.#index = 0;
    this.#right = 0;
    this.#part('[data-action="again"]').hidden = true;
    if (this.#round.length === 0) return this.#showNothingDue('');
    this.#part('[data-status]').textContent = TEXT.due(this.#round.length);
    this.#show();
  }

  #show() {
    const key = this.#round[this.#index]!;
    const question = this.#byKey.get(key)!;
    const pattern = this.#part<HTMLTemplateElement>('template[data-pattern]').content.firstElementChild as HTMLElement;
    const order = optionOrder(quizOrderSeed(question.chapter), key, question.options.length);
    const root = buildQuestion(pattern, question, this.#index + 1, order);
    const record = $progress.get().review[key];
    root.querySelector('[data-source]')!.textContent = TEXT.source(this.#titles.get(question.chapter) ?? question.chapter, record?.box ?? 1);
    this.#part('[data-question]').replaceChildren(root);
    this.#current = readQuestion(root);
    showVerdicts(this.#current, questionView(this.#current, undefined), false, false);
    this.#part('[data-position]').textContent = TEXT.position(this.#index + 1, this.#round.length);
    this.#part('[data-form]').hidden = false;
    this.#part('[data-actions]').hidden = false;
    this.#part('[data-action="check"]').hidden = false;
    this.#part('[data-action="next"]').hidden = true;
  }

  #check() {
    const question = this.#current;
    if (!question) return;
    const result = question.root.querySelector<HTMLElement>('[data-result]')!;
    const chosen = chosenIndexes(question);
    result.hidden = false;
    if (chosen.length === 0) {
      result.textContent = TEXT.chooseFirst;
      result.focus();
      return;
    }
    const correct = isAnswerCorrect(question, chosen);
    const at = Date.now();
    progressStore.update((progress) => withAnswer(progress, question.id, correct, at));
    if (correct) this.#right += 1;
    const view = questionView(question, chosen);
    showVerdicts(question, view, true, true);
    for (const input of question.inputs) input.disabled = true;
    const record = $progress.get().review[question.id];
    const moved = correct && record ? TEXT.movedUp(record.box, reviewDate(record.due)) : TEXT.backToOne;
    result.textContent = `${view.result} ${moved}`;
    this.#part('[data-action="check"]').hidden = true;
    const next = this.#part<HTMLButtonElement>('[data-action="next"]');
    next.textContent = this.#index + 1 < this.#round.length ? TEXT.next : TEXT.finish;
    next.hidden = false;
    result.focus();
  }

  #next() {
    if (this.#index + 1 < this.#round.length) {
      this.#index += 1;
      this.#show();
      firstShownInput(this.#current!)?.focus();
      return;
    }
    this.#part('[data-form]').hidden = true;
    this.#part('[data-actions]').hidden = true;
    this.#current = null;
    const done = TEXT.roundDone(this.#right, this.#round.length);
    const still = reviewQueue($progress.get().review, Date.now(), new Set(this.#byKey.keys()));
    if (still.length === 0) {
      this.#showNothingDue(`${done} `);
      // The button that had focus is gone: the sentence that ends the round takes it.
      this.#part('[data-status]').focus();
      return;
    }
    this.#part('[data-status]').textContent = done;
    const again = this.#part<HTMLButtonElement>('[data-action="again"]');
    again.textContent = TEXT.again(still.length);
    again.hidden = false;
    again.focus();
  }

  #showNothingDue(before: string) {
    const known = new Set(this.#byKey.keys());
    const review = $progress.get().review;
    const when = nextDue(review, Date.now(), known);
    const status = this.#part('[data-status]');
    status.textContent = before + (when === undefined ? TEXT.nothingYet : TEXT.nothingDue(reviewDate(when)));
    this.#part('[data-form]').hidden = true;
    this.#part('[data-actions]').hidden = true;
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    const action = button.dataset.action;
    if (action === 'retry') void this.#load();
    if (action === 'check') this.#check();
    if (action === 'next') this.#next();
    if (action === 'again') this.#startRound();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'esxi-review': EsxiReview;
  }
}

defineElement('esxi-review', EsxiReview);
