import { $progress, $progressNotice, type ExamAttempt, type Progress, type ProgressNotice } from '../../stores/progress';
import { clearExamAttempt, recordExamAnswer, startExam, submitExam } from '../../stores/progress/exam';
import { chosenIndexes, readQuestion, showVerdicts, type QuestionParts } from '../quiz/question-dom';
import { reviewView, scoreExam, type ExamQuestion, type GroupScore } from './breakdown';
import { drawExam, newSeed } from './draw';
import { EXAM_TEXT } from './strings';
import { defineElement } from '../shared/define';
import { announcementBetween, deadlineFor, formatClock, remainingMs } from './timer';

/** A question of the attempt on screen: the quiz's parts, plus where it comes from. */
interface ShownQuestion extends QuestionParts, ExamQuestion {
  result: HTMLElement;
  source: HTMLElement;
}

const TICK_MS = 1000;
/** Under this much time left, the clock turns red. */
const LOW_MS = 60_000;

/**
 * <esxi-exam>: the practice exam. Everything it shows comes from the progress store (the
 * attempt, its answers, whether it was submitted, the last results), so a reload or another
 * tab resumes the same attempt; the only state it keeps is which questions it has put on the
 * page and what the clock last showed. Text is set with textContent; questions are clones of
 * the server-rendered <template>.
 */
export class EsxiExam extends HTMLElement {
  #pool = new Map<string, HTMLElement>();
  #shown: ShownQuestion[] = [];
  /** The attempt whose questions are on the page (`seed:startedAt`), so they are built once. */
  #shownFor = '';
  #stops: (() => void)[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The time left at the last tick, to announce 5 and 1 minutes left once. */
  #lastRemaining = Infinity;
  /** Why the exam ended on this page view, for the sentence under the score. */
  #endedBy: 'time' | 'time-away' | null = null;

  connectedCallback() {
    const template = this.querySelector<HTMLTemplateElement>('template[data-pool]');
    this.#pool = new Map([...(template?.content.querySelectorAll<HTMLElement>('[data-key]') ?? [])].map((element) => [element.dataset.key!, element]));
    this.#part('[data-action="start"]').toggleAttribute('disabled', false);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('change', this.#onChange);
    this.#part('[data-form]').addEventListener('submit', this.#onSubmit);
    document.addEventListener('visibilitychange', this.#tick);
    this.#stops = [$progress.subscribe((progress) => this.#render(progress)), $progressNotice.subscribe((notice) => this.#renderNotice(notice))];
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.#stopClock();
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('change', this.#onChange);
    this.#part('[data-form]').removeEventListener('submit', this.#onSubmit);
    document.removeEventListener('visibilitychange', this.#tick);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #showView(view: 'setup' | 'running' | 'result') {
    for (const element of this.querySelectorAll<HTMLElement>('[data-view]')) element.hidden = element.dataset.view !== view;
    this.#part('[data-form]').hidden = view === 'setup';
  }

  // rendering

  #render(progress: Progress) {
    const attempt = progress.exam?.attempt;
    this.#renderHistory(progress, attempt);
    if (!attempt) {
      this.#stopClock();
      this.#showQuestions(null);
      this.#showView('setup');
      return;
    }
    this.#showQuestions(attempt);
    if (this.#shown.length === 0) {
      // None of its questions exist any more (the banks changed): nothing to resume.
      clearExamAttempt();
      return;
    }
    const answers = attempt.answers;
    for (const question of this.#shown) {
      const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      question.inputs.forEach((input, index) => (input.checked = chosen?.includes(index) ?? false));
    }
    if (attempt.submittedAt === undefined) this.#renderRunning(attempt);
    else this.#renderResult(attempt);
  }

  #renderRunning(attempt: ExamAttempt) {
    this.#showView('running');
    const answered = this.#shown.filter((question) => Object.hasOwn(attempt.answers, question.id)).length;
    this.#part('[data-answered]').textContent = EXAM_TEXT.answered(answered, this.#shown.length);
    for (const question of this.#shown) {
      question.inputs.forEach((input) => (input.disabled = false));
      question.source.hidden = true;
      question.result.hidden = true;
      showVerdicts(question, { state: 'unchecked', options: question.options.map(() => ({ verdict: null, icon: '', tag: '' })) }, false, true);
    }
    if (this.#timer === undefined) {
      this.#timer = setInterval(this.#tick, TICK_MS);
      this.#lastRemaining = Infinity;
    }
    this.#tick();
  }

  #renderResult(attempt: ExamAttempt) {
    this.#stopClock();
    this.#showView('result');
    this.#part('[data-confirm]').hidden = true;
    const score = scoreExam(this.#inPoolOrder(), attempt.answers);
    this.#part('[data-score]').textContent = EXAM_TEXT.score(score.correct, score.total);
    const timeout = this.#part('[data-timeout]');
    timeout.hidden = attempt.timedOut !== true;
    timeout.textContent = this.#endedBy === 'time-away' ? EXAM_TEXT.timeUpAway : EXAM_TEXT.timeUp;
    this.#part('[data-answered-summary]').textContent = EXAM_TEXT.answeredSummary(score.answered, score.total);
    this.#fillTable('chapters', score.chapters);
    this.#fillTable('objectives', score.objectives);
    for (const question of this.#shown) {
      const chosen = Object.hasOwn(attempt.answers, question.id) ? attempt.answers[question.id] : undefined;
      const view = reviewView(question, chosen);
      question.inputs.forEach((input) => (input.disabled = true));
      question.source.hidden = false;
      question.result.hidden = false;
      question.result.textContent = view.result;
      showVerdicts(question, view, true, question.root.dataset.state === undefined || question.root.dataset.state === 'unchecked');
    }
  }

  #fillTable(which: 'chapters' | 'objectives', groups: GroupScore[]) {
    const body = this.#part(`[data-breakdown="${which}"] tbody`);
    body.replaceChildren(
      ...groups.map((group) => {
        const row = document.createElement('tr');
        for (const text of [group.name, String(group.correct), String(group.total)]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
    );
  }

  #renderHistory(progress: Progress, attempt: ExamAttempt | undefined) {
    const results = progress.exam?.results ?? [];
    const history = this.#part('[data-history]');
    history.hidden = results.length === 0 || (attempt !== undefined && attempt.submittedAt === undefined);
    this.#part('[data-history-list]').replaceChildren(
      ...results.toReversed().map((result) => {
        const item = document.createElement('li');
        const when = new Date(result.finishedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
        item.textContent = EXAM_TEXT.historyEntry(when, result.correct, result.total, result.timedOut);
        return item;
      }),
    );
  }

  #renderNotice(notice: ProgressNotice | null) {
    const element = this.#part('[data-notice]');
    element.textContent = notice?.message ?? '';
    element.hidden = notice === null;
  }

  /** Puts the attempt's questions on the page, in its order, once per attempt. */
  #showQuestions(attempt: ExamAttempt | null) {
    const identity = attempt ? `${attempt.seed}:${attempt.startedAt}` : '';
    if (identity === this.#shownFor) return;
    this.#shownFor = identity;
    const list = this.#part('[data-questions]');
    const keys = attempt ? attempt.questions.filter((key) => this.#pool.has(key)) : [];
    this.#shown = keys.map((key, index) => {
      const root = this.#pool.get(key)!.cloneNode(true) as HTMLElement;
      root.querySelector('[data-number]')!.textContent = `${index + 1}.`;
      return {
        ...readQuestion(root),
        id: key,
        chapter: root.dataset.chapter ?? '',
        objective: root.dataset.objective ?? '',
        result: root.querySelector<HTMLElement>('[data-result]')!,
        source: root.querySelector<HTMLElement>('[data-source]')!,
      };
    });
    list.replaceChildren(...this.#shown.map((question) => question.root));
  }

  /** The attempt's questions in the banks' order, so the breakdown follows the chapters. */
  #inPoolOrder(): ShownQuestion[] {
    const order = [...this.#pool.keys()];
    return this.#shown.toSorted((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }

  // the clock

  #tick = () => {
    const attempt = $progress.get().exam?.attempt;
    if (!attempt || attempt.submittedAt !== undefined) return;
    const remaining = remainingMs(attempt.deadline, Date.now());
    this.#part('[data-clock]').textContent = formatClock(remaining);
    this.#part('.bar').toggleAttribute('data-low', remaining <= LOW_MS);
    // The first tick of a page view has nothing to compare with: a resumed attempt is not
    // told "5 minutes left" when it has 3.
    const away = this.#lastRemaining === Infinity;
    const said = away ? '' : announcementBetween(this.#lastRemaining, remaining);
    if (said) this.#announce(said);
    this.#lastRemaining = remaining;
    if (remaining === 0) this.#finish(away ? 'time-away' : 'time');
  };

  #stopClock() {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #announce(text: string) {
    this.#part('[data-announce]').textContent = text;
  }

  // actions

  #start() {
    const length = Number(this.querySelector<HTMLInputElement>('input[name="exam-length"]:checked')?.value ?? 0);
    const pool = [...this.#pool].map(([key, element]) => ({ key, chapter: element.dataset.chapter ?? '' }));
    const seed = newSeed();
    const questions = drawExam(pool, length, seed);
    const startedAt = Date.now();
    if (!startExam({ seed, questions, startedAt, deadline: deadlineFor(startedAt, questions.length) })) return;
    this.#endedBy = null;
    this.#announce(EXAM_TEXT.started(questions.length));
    this.#shown[0]?.inputs[0]?.focus();
  }

  #finish(endedBy: 'reader' | 'time' | 'time-away') {
    const attempt = $progress.get().exam?.attempt;
    if (!attempt || attempt.submittedAt !== undefined) return;
    this.#stopClock();
    this.#endedBy = endedBy === 'reader' ? null : endedBy;
    const score = scoreExam(this.#shown, attempt.answers);
    submitExam({ correct: score.correct, total: score.total }, endedBy !== 'reader');
    if (endedBy !== 'reader') this.#announce(endedBy === 'time-away' ? EXAM_TEXT.timeUpAway : EXAM_TEXT.timeUp);
    this.#part('[data-result-heading]').focus();
  }

  #askToSubmit() {
    const attempt = $progress.get().exam?.attempt;
    if (!attempt) return;
    const unanswered = this.#shown.filter((question) => !Object.hasOwn(attempt.answers, question.id)).length;
    if (unanswered === 0) return this.#finish('reader');
    this.#part('[data-confirm-text]').textContent = EXAM_TEXT.confirmUnanswered(unanswered);
    this.#part('[data-confirm]').hidden = false;
    this.#part('[data-confirm-text]').focus();
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    switch (button.dataset.action) {
      case 'start':
        return this.#start();
      case 'submit':
        return this.#askToSubmit();
      case 'confirm':
        return this.#finish('reader');
      case 'cancel': {
        this.#part('[data-confirm]').hidden = true;
        const answers = $progress.get().exam?.attempt?.answers ?? {};
        const first = this.#shown.find((question) => !Object.hasOwn(answers, question.id)) ?? this.#shown[0];
        first?.inputs[0]?.focus();
        return;
      }
      case 'retake':
        clearExamAttempt();
        this.#part('[data-action="start"]').focus();
        return;
    }
  };

  #onChange = (event: Event) => {
    const root = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-question]') : null;
    const question = this.#shown.find((shown) => shown.root === root);
    if (question) recordExamAnswer(question.id, chosenIndexes(question));
  };

  #onSubmit = (event: Event) => event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'esxi-exam': EsxiExam;
  }
}

defineElement('esxi-exam', EsxiExam);
