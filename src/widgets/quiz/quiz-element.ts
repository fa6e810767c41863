import { questionView, scoreText } from './view';
import { chosenIndexes, dealOptions, firstShownInput, readQuestion, showVerdicts, type QuestionParts as RenderedQuestion } from './question-dom';
import { optionOrder } from './order';
import { defineElement } from '../shared/define';
import {
  $progress,
  $progressNotice,
  clearQuizAnswer,
  quizOrderSeed,
  quizScore,
  recordQuizAnswer,
  resetQuiz,
  type Progress,
  type ProgressNotice,
} from '../../stores/progress';

/** One question as the server rendered it, with the quiz's own result line and buttons. */
interface QuestionParts extends RenderedQuestion {
  result: HTMLElement;
  check: HTMLButtonElement;
  retry: HTMLButtonElement;
}

/**
 * <esxi-quiz bank="boot-process">: makes the server-rendered quiz interactive. What a
 * question shows (checked or not, right or wrong) comes from the progress store, so a reload,
 * another tab, or a second copy of the same quiz on the page all agree.
 */
export class EsxiQuiz extends HTMLElement {
  #questions: QuestionParts[] = [];
  #stops: (() => void)[] = [];
  /** The saved choice last put into each question's inputs, so store changes reach them once. */
  #applied = new Map<string, string | null>();
  /** Questions where "Check answer" was pressed with nothing chosen. */
  #askedEmpty = new Set<string>();
  /** The option-order seed the options are dealt in now. */
  #dealt: number | undefined;

  get bank(): string {
    return this.getAttribute('bank') ?? '';
  }

  connectedCallback() {
    this.#questions = this.#readQuestions();
    this.#applied.clear();
    this.#dealt = undefined;
    // Saved (or dealt and saved) before the first render, so the reader's order shows at once.
    quizOrderSeed(this.bank);
    for (const element of this.querySelectorAll<HTMLElement>('[data-live], [data-footer], [data-action="check"]')) {
      element.hidden = false;
    }
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = true;
    this.addEventListener('click', this.#onClick);
    this.addEventListener('change', this.#onChange);
    this.querySelector('[data-form]')?.addEventListener('submit', this.#onSubmit);
    this.#stops = [$progress.subscribe((progress) => this.#render(progress)), $progressNotice.subscribe((notice) => this.#renderNotice(notice))];
    // Announce score changes from now on, not the restored score at page load.
    this.querySelector('[data-score]')?.setAttribute('aria-live', 'polite');
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('change', this.#onChange);
    this.querySelector('[data-form]')?.removeEventListener('submit', this.#onSubmit);
  }

  #readQuestions(): QuestionParts[] {
    return [...this.querySelectorAll<HTMLElement>('[data-question]')].map((root) => {
      return {
        ...readQuestion(root),
        result: root.querySelector<HTMLElement>('[data-result]')!,
        check: root.querySelector<HTMLButtonElement>('[data-action="check"]')!,
        retry: root.querySelector<HTMLButtonElement>('[data-action="retry"]')!,
      };
    });
  }

  #render(progress: Progress) {
    const quiz = Object.hasOwn(progress.quizzes, this.bank) ? progress.quizzes[this.bank] : undefined;
    const answers = quiz?.answers ?? {};
    if (quiz?.seed !== undefined && quiz.seed !== this.#dealt) this.#deal(quiz.seed);
    for (const question of this.#questions) {
      const saved = Object.hasOwn(answers, question.id) ? answers[question.id]?.chosen : undefined;
      const view = questionView(question, saved, this.#askedEmpty.has(question.id));
      const checked = view.chosen !== null;
      const applied = view.chosen?.join(',') ?? null;
      const changed = this.#applied.get(question.id) !== applied;
      if (changed) {
        // The store changed for this question (checked here or elsewhere, tried again,
        // reset): show its choice. On first render with nothing saved, leave the inputs be.
        if (view.chosen || this.#applied.has(question.id)) {
          question.inputs.forEach((input, index) => (input.checked = view.chosen?.includes(index) ?? false));
        }
        this.#applied.set(question.id, applied);
      }
      question.inputs.forEach((input) => (input.disabled = checked));
      question.check.hidden = checked;
      question.retry.hidden = !checked;
      question.result.textContent = view.result;
      question.result.hidden = view.result === '';
      showVerdicts(question, view, checked, changed);
    }
    const score = this.querySelector<HTMLElement>('[data-score]');
    if (score) score.textContent = scoreText(quizScore(this.bank, this.#questions));
  }

  /** Shows every question's options in the reader's order for this bank. */
  #deal(seed: number) {
    this.#dealt = seed;
    for (const question of this.#questions) dealOptions(question, optionOrder(seed, `${this.bank}/${question.id}`, question.options.length));
  }

  #renderNotice(notice: ProgressNotice | null) {
    const element = this.querySelector<HTMLElement>('[data-notice]');
    if (!element) return;
    element.textContent = notice?.message ?? '';
    element.hidden = notice === null;
  }

  #questionOf(target: EventTarget | null): QuestionParts | undefined {
    const root = target instanceof Element ? target.closest<HTMLElement>('[data-question]') : null;
    return this.#questions.find((question) => question.root === root);
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    const action = button.dataset.action;
    if (action === 'reset') {
      this.#askedEmpty.clear();
      this.querySelector<HTMLFormElement>('[data-form]')?.reset();
      resetQuiz(this.bank);
      this.#render($progress.get());
      return;
    }
    const question = this.#questionOf(button);
    if (!question) return;
    if (action === 'check') this.#check(question);
    if (action === 'retry') {
      clearQuizAnswer(this.bank, question.id);
      firstShownInput(question)?.focus();
    }
  };

  #check(question: QuestionParts) {
    const chosen = chosenIndexes(question);
    if (chosen.length === 0) {
      this.#askedEmpty.add(question.id);
      this.#render($progress.get());
      question.result.focus();
      return;
    }
    this.#askedEmpty.delete(question.id);
    const view = questionView(question, chosen);
    recordQuizAnswer(this.bank, question.id, chosen, view.state === 'correct');
    // The button is gone now; the verdict takes focus, so a screen reader reads it.
    question.result.focus();
  }

  #onChange = (event: Event) => {
    const question = this.#questionOf(event.target);
    if (question && this.#askedEmpty.delete(question.id)) this.#render($progress.get());
  };

  #onSubmit = (event: Event) => event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'esxi-quiz': EsxiQuiz;
  }
}

defineElement('esxi-quiz', EsxiQuiz);
