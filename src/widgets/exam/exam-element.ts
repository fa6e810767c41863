import { $progress, $progressNotice, type ExamAttempt, type Progress, type ProgressNotice } from '../../stores/progress';
import { clearExamAttempt, recordExamAnswer, setExamFlag, startExam, submitExam } from '../../stores/progress/exam';
import { optionOrder } from '../quiz/order';
import { chosenIndexes, firstShownInput, readQuestion, showVerdicts, type QuestionParts } from '../quiz/question-dom';
import { isAnswerCorrect } from '../quiz/score';
import { reviewView, scoreExam, type ExamQuestion, type GroupScore } from './breakdown';
import { drawExam, newSeed } from './draw';
import { chapterHref, underBase } from './links';
import { fetchPool, type ExamPool, type PoolQuestion } from './pool';
import { buildQuestion } from './question-build';
import { isReviewFilter, navigatorItems, REVIEW_FILTERS, shownUnder, type ReviewFilter } from './review';
import { passes, scaledScore } from './scaled';
import { EXAM_TEXT } from './strings';
import { defineElement } from '../shared/define';
import { fillBreakdown, showNavigator } from './exam-dom';
import { announcementBetween, deadlineFor, formatClock, remainingMs } from './timer';

/** A question of the attempt on screen: the quiz's parts, plus where it comes from. */
interface ShownQuestion extends QuestionParts, ExamQuestion {
  data: PoolQuestion;
  result: HTMLElement;
  source: HTMLElement;
  flag: HTMLButtonElement;
}

const TICK_MS = 1000;
/** Under this much time left, the clock turns red. */
const LOW_MS = 60_000;
/** Where the pool is, under the site's base path (the site may live under a sub-path). */
const POOL_URL = underBase(import.meta.env.BASE_URL, 'exam/questions.json');

/**
 * <esxi-exam>: the practice exam. Everything it shows comes from the progress store (the
 * attempt, its answers and flags, whether it was submitted, the last results) and the question
 * pool it fetches, so a reload or another tab resumes the same attempt; the only state it keeps
 * is the pool, which questions it has put on the page, the review filter and what the clock last
 * showed. Text is set with textContent; questions are clones of the server-rendered pattern.
 */
export class EsxiExam extends HTMLElement {
  #pool: ExamPool | null = null;
  #byKey = new Map<string, PoolQuestion>();
  #titles = new Map<string, string>();
  #pattern: HTMLElement | null = null;
  #shown: ShownQuestion[] = [];
  /** The attempt whose questions are on the page (`seed:startedAt`), so they are built once. */
  #shownFor = '';
  #filter: ReviewFilter = 'all';
  #stops: (() => void)[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The time left at the last tick, to announce 5 and 1 minutes left once. */
  #lastRemaining = Infinity;
  /** Why the exam ended on this page view, for the sentence under the score. */
  #endedBy: 'time' | 'time-away' | null = null;

  connectedCallback() {
    this.#pattern = this.querySelector<HTMLTemplateElement>('template[data-pattern]')?.content.querySelector<HTMLElement>('[data-question]') ?? null;
    this.addEventListener('click', this.#onClick);
    this.addEventListener('change', this.#onChange);
    this.#part('[data-form]').addEventListener('submit', this.#onSubmit);
    document.addEventListener('visibilitychange', this.#tick);
    this.#stops = [$progress.subscribe((progress) => this.#render(progress)), $progressNotice.subscribe((notice) => this.#renderNotice(notice))];
    if (!this.#pool) void this.#load();
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

  #showView(view: 'setup' | 'running' | 'result' | null) {
    for (const element of this.querySelectorAll<HTMLElement>('[data-view]')) element.hidden = element.dataset.view !== view;
    this.#part('[data-form]').hidden = view === 'setup' || view === null;
  }

  // the question pool

  async #load() {
    // A reader retrying from the button is brought back to it, or on to the exam once it loads.
    const retrying = document.activeElement === this.#part('[data-action="reload-pool"]');
    this.#showLoad('loading', false);
    const fetched = await fetchPool(POOL_URL);
    if (!this.isConnected) return;
    if (!fetched.ok) {
      this.#showLoad('failed', retrying);
      return;
    }
    this.#pool = fetched.pool;
    this.#byKey = new Map(fetched.pool.questions.map((question) => [question.key, question]));
    this.#titles = new Map(fetched.pool.chapters.map((chapter) => [chapter.slug, chapter.title]));
    this.#render($progress.get());
    this.#showLoad('ready', retrying);
  }

  #showLoad(state: 'loading' | 'failed' | 'ready', moveFocus: boolean) {
    const retry = this.#part<HTMLButtonElement>('[data-action="reload-pool"]');
    this.#part('[data-load]').hidden = state === 'ready';
    this.#part('[data-load-text]').textContent = state === 'failed' ? EXAM_TEXT.loadFailed : EXAM_TEXT.loading;
    retry.hidden = state !== 'failed';
    this.#part<HTMLButtonElement>('[data-action="start"]').disabled = state !== 'ready';
    // A failed retry keeps the reader on the button; a successful one moves on to the exam.
    if (moveFocus && state === 'failed') retry.focus();
    if (moveFocus && state === 'ready') {
      const resumed = this.#shown[0] && !this.#part('[data-form]').hidden ? firstShownInput(this.#shown[0]) : null;
      (resumed ?? this.#part('[data-action="start"]')).focus();
    }
  }

  // rendering

  #render(progress: Progress) {
    const attempt = progress.exam?.attempt;
    this.#renderHistory(progress, attempt);
    if (!this.#pool) {
      this.#showView(attempt ? null : 'setup');
      return;
    }
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
      question.flag.setAttribute('aria-pressed', String(this.#isFlagged(attempt, question)));
    }
    if (attempt.submittedAt === undefined) this.#renderRunning(attempt);
    else this.#renderResult(attempt);
  }

  #isFlagged(attempt: ExamAttempt, question: ShownQuestion): boolean {
    return attempt.flagged?.includes(question.id) ?? false;
  }

  #renderRunning(attempt: ExamAttempt) {
    this.#showView('running');
    const answered = this.#shown.filter((question) => Object.hasOwn(attempt.answers, question.id)).length;
    this.#part('[data-answered]').textContent = EXAM_TEXT.answered(answered, this.#shown.length);
    this.#part('[data-flagged-count]').textContent = EXAM_TEXT.flaggedCount(attempt.flagged?.length ?? 0);
    this.#renderNavigator(attempt);
    for (const question of this.#shown) {
      question.root.hidden = false;
      question.inputs.forEach((input) => (input.disabled = false));
      question.flag.hidden = false;
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

  #renderNavigator(attempt: ExamAttempt) {
    const keys = this.#shown.map((question) => question.id);
    showNavigator(this.#part('[data-navigator]'), navigatorItems(keys, attempt.answers, attempt.flagged ?? []));
  }

  #renderResult(attempt: ExamAttempt) {
    this.#stopClock();
    this.#showView('result');
    this.#part('[data-confirm]').hidden = true;
    const score = scoreExam(this.#inPoolOrder(), attempt.answers);
    this.#part('[data-score]').textContent = EXAM_TEXT.score(score.correct, score.total);
    this.#part('[data-scaled]').textContent = EXAM_TEXT.scaled(scaledScore(score.correct, score.total), passes(score.correct, score.total));
    const timeout = this.#part('[data-timeout]');
    timeout.hidden = attempt.timedOut !== true;
    timeout.textContent = this.#endedBy === 'time-away' ? EXAM_TEXT.timeUpAway : EXAM_TEXT.timeUp;
    this.#part('[data-answered-summary]').textContent = EXAM_TEXT.answeredSummary(score.answered, score.total);
    this.#fillTable('chapters', score.chapters, (name) => this.#chapterLink(name));
    this.#fillTable('objectives', score.objectives, (name) => this.#objectiveLink(name));
    for (const question of this.#shown) {
      const chosen = Object.hasOwn(attempt.answers, question.id) ? attempt.answers[question.id] : undefined;
      const view = reviewView(question, chosen);
      question.inputs.forEach((input) => (input.disabled = true));
      question.flag.hidden = true;
      question.source.hidden = false;
      question.source.querySelector('[data-source-text]')!.textContent = this.#sourceText(question, this.#isFlagged(attempt, question));
      question.result.hidden = false;
      question.result.textContent = view.result;
      showVerdicts(question, view, true, question.root.dataset.state === undefined || question.root.dataset.state === 'unchecked');
    }
    this.#applyFilter(attempt);
  }

  /** Where a question comes from: chapter, objective, blueprint objectives, and whether it was flagged. */
  #sourceText(question: ShownQuestion, flagged: boolean): string {
    const blueprint = (question.data.blueprint ?? []).map((tag) => ` · ${EXAM_TEXT.blueprint(tag)}`).join('');
    return EXAM_TEXT.source(question.chapter, question.objective) + blueprint + (flagged ? EXAM_TEXT.flaggedMark : '');
  }

  #chapterLink(title: string): string {
    const slug = [...this.#titles].find(([, name]) => name === title)?.[0];
    return slug ? chapterHref(import.meta.env.BASE_URL, slug) : '';
  }

  /** An objective links where one of its questions is taught (a section when any names one). */
  #objectiveLink(objective: string): string {
    const questions = this.#shown.filter((question) => question.objective === objective);
    const taught = questions.find((question) => question.data.section) ?? questions[0];
    return taught ? chapterHref(import.meta.env.BASE_URL, taught.data.chapter, taught.data.section) : '';
  }

  #fillTable(which: 'chapters' | 'objectives', groups: GroupScore[], hrefOf: (name: string) => string) {
    fillBreakdown(this.#part(`[data-breakdown="${which}"] tbody`), groups, hrefOf);
  }

  /** Shows the questions the review filter lets through, with each filter's count in its label. */
  #applyFilter(attempt: ExamAttempt) {
    const states = this.#shown.map((question) => ({
      question,
      right: isAnswerCorrect(question, Object.hasOwn(attempt.answers, question.id) ? attempt.answers[question.id]! : []),
      flagged: this.#isFlagged(attempt, question),
    }));
    for (const filter of REVIEW_FILTERS) {
      this.#part(`[data-filter-label="${filter}"]`).textContent = EXAM_TEXT.filterOption(filter, states.filter((state) => shownUnder(filter, state)).length);
    }
    for (const state of states) state.question.root.hidden = !shownUnder(this.#filter, state);
    const shown = states.filter((state) => shownUnder(this.#filter, state)).length;
    this.#part('[data-filter-status]').textContent = EXAM_TEXT.filterStatus(shown, states.length);
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

  /** Puts the attempt's questions on the page, in its order and its options' order, once per attempt. */
  #showQuestions(attempt: ExamAttempt | null) {
    const identity = attempt ? `${attempt.seed}:${attempt.startedAt}` : '';
    if (identity === this.#shownFor || !this.#pattern) return;
    this.#shownFor = identity;
    const keys = attempt ? attempt.questions.filter((key) => this.#byKey.has(key)) : [];
    this.#shown = keys.map((key, index) => {
      const data = this.#byKey.get(key)!;
      // The attempt's seed deals the options too: the same order after a reload, a new one on a new attempt.
      const root = buildQuestion(this.#pattern!, data, index + 1, optionOrder(attempt!.seed, key, data.options.length));
      const title = this.#titles.get(data.chapter) ?? data.chapter;
      const link = root.querySelector<HTMLAnchorElement>('[data-section-link]')!;
      link.href = chapterHref(import.meta.env.BASE_URL, data.chapter, data.section);
      link.textContent = EXAM_TEXT.readSection(title, data.sectionTitle);
      return {
        ...readQuestion(root),
        id: key,
        chapter: title,
        objective: data.objective,
        data,
        result: root.querySelector<HTMLElement>('[data-result]')!,
        source: root.querySelector<HTMLElement>('[data-source]')!,
        flag: root.querySelector<HTMLButtonElement>('[data-action="flag"]')!,
      };
    });
    this.#part('[data-questions]').replaceChildren(...this.#shown.map((question) => question.root));
    this.#part('[data-navigator]').replaceChildren();
  }

  /** The attempt's questions in the banks' order, so the breakdown follows the chapters. */
  #inPoolOrder(): ShownQuestion[] {
    const order = new Map(this.#pool!.questions.map((question, index) => [question.key, index]));
    return this.#shown.toSorted((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  // the clock

  #tick = () => {
    const attempt = $progress.get().exam?.attempt;
    if (!attempt || attempt.submittedAt !== undefined || !this.#pool) return;
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
    if (!this.#pool) return;
    const length = Number(this.querySelector<HTMLInputElement>('input[name="exam-length"]:checked')?.value ?? 0);
    const pool = this.#pool.questions.map((question) => ({ key: question.key, chapter: question.chapter }));
    const seed = newSeed();
    const questions = drawExam(pool, length, seed, this.#pool.apart);
    const startedAt = Date.now();
    if (!startExam({ seed, questions, startedAt, deadline: deadlineFor(startedAt, questions.length) })) return;
    this.#endedBy = null;
    this.#setFilter('all');
    this.#announce(EXAM_TEXT.started(questions.length));
    if (this.#shown[0]) firstShownInput(this.#shown[0])?.focus();
  }

  #finish(endedBy: 'reader' | 'time' | 'time-away') {
    const attempt = $progress.get().exam?.attempt;
    if (!attempt || attempt.submittedAt !== undefined) return;
    this.#stopClock();
    this.#endedBy = endedBy === 'reader' ? null : endedBy;
    const score = scoreExam(this.#shown, attempt.answers);
    const answered = this.#shown.flatMap((question) => (Object.hasOwn(attempt.answers, question.id) ? [[question.id, isAnswerCorrect(question, attempt.answers[question.id]!)] as const] : []));
    submitExam({ correct: score.correct, total: score.total }, endedBy !== 'reader', Object.fromEntries(answered));
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

  #setFilter(filter: ReviewFilter) {
    this.#filter = filter;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name="exam-review-filter"]')) input.checked = input.value === filter;
  }

  #questionOf(target: EventTarget | null): ShownQuestion | undefined {
    const root = target instanceof Element ? target.closest<HTMLElement>('[data-question]') : null;
    return this.#shown.find((shown) => shown.root === root);
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    switch (button.dataset.action) {
      case 'start':
        return this.#start();
      case 'reload-pool':
        return void this.#load();
      case 'submit':
        return this.#askToSubmit();
      case 'confirm':
        return this.#finish('reader');
      case 'flag': {
        const question = this.#questionOf(button);
        if (question) setExamFlag(question.id, button.getAttribute('aria-pressed') !== 'true');
        return;
      }
      case 'goto': {
        const question = this.#shown[Number(button.dataset.goto)];
        if (question) firstShownInput(question)?.focus();
        return;
      }
      case 'cancel': {
        this.#part('[data-confirm]').hidden = true;
        const answers = $progress.get().exam?.attempt?.answers ?? {};
        const first = this.#shown.find((question) => !Object.hasOwn(answers, question.id)) ?? this.#shown[0];
        if (first) firstShownInput(first)?.focus();
        return;
      }
      case 'retake':
        clearExamAttempt();
        this.#part('[data-action="start"]').focus();
        return;
    }
  };

  #onChange = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'exam-review-filter') {
      const attempt = $progress.get().exam?.attempt;
      if (isReviewFilter(target.value)) this.#filter = target.value;
      if (attempt) this.#applyFilter(attempt);
      return;
    }
    const question = this.#questionOf(target);
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
