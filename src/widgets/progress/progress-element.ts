import { $progress, $progressNotice, progressStore, type Progress, type ProgressNotice } from '../../stores/progress';
import { emptyProgress } from '../../stores/progress/format';
import { mergeProgress } from '../../stores/progress/merge';
import { checkImportSize, exportFileName, exportText, parseImport, type ImportOutcome } from '../../stores/progress/transfer';
import { defineElement } from '../shared/define';
import { chapterState } from './chapter-state';
import { mastery } from './mastery';
import { PROGRESS_PAGE_TEXT as TEXT } from './page-strings';

/**
 * <esxi-progress>: the progress page (./ProgressPage.astro). Every number comes from the progress
 * store, so an answer given in another tab shows here too; export writes the stored value to a
 * file, import merges a file's (checked strictly, ../../stores/progress/transfer.ts), and reset
 * empties it after a confirmation in a modal <dialog>.
 */
export class EsxiProgress extends HTMLElement {
  #stops: (() => void)[] = [];

  connectedCallback() {
    this.#stops = [$progress.subscribe((progress) => this.#render(progress)), $progressNotice.subscribe((notice) => this.#renderNotice(notice))];
    this.addEventListener('click', this.#onClick);
    this.#importInput().addEventListener('change', this.#onImport);
    this.#dialog().addEventListener('close', this.#onDialogClose);
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-action], [data-import]')) control.disabled = false;
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.removeEventListener('click', this.#onClick);
    this.#importInput().removeEventListener('change', this.#onImport);
    this.#dialog().removeEventListener('close', this.#onDialogClose);
  }

  #importInput = () => this.querySelector<HTMLInputElement>('[data-import]')!;
  #dialog = () => this.querySelector<HTMLDialogElement>('[data-reset-dialog]')!;

  #render(progress: Progress) {
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-chapter]')) {
      const words = (name: string) => (row.dataset[name] ?? '').split(' ').filter(Boolean);
      const state = chapterState(progress, { slug: row.dataset.chapter!, title: '', questions: words('questions'), scenarios: words('scenarios') });
      row.querySelector('[data-quiz]')!.textContent = TEXT.quizCell(state.correct, state.answered, state.questions);
      row.querySelector('[data-scenarios-done]')!.textContent = TEXT.scenariosCell(state.scenariosDone, state.scenarios);
    }
    for (const item of this.querySelectorAll<HTMLElement>('li[data-scenario]')) {
      const done = Object.hasOwn(progress.scenarios, item.dataset.scenario!);
      item.toggleAttribute('data-done', done);
      item.querySelector('[data-mark]')!.textContent = done ? TEXT.scenarioDone : TEXT.scenarioNotYet;
    }
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-keys]')) {
      const score = mastery(progress.review, (row.dataset.keys ?? '').split(' ').filter(Boolean));
      row.querySelector('[data-right]')!.textContent = String(score.right);
      row.querySelector('[data-missed]')!.textContent = String(score.missed);
      row.querySelector('[data-not-tried]')!.textContent = String(score.notTried);
    }
  }

  #renderNotice(notice: ProgressNotice | null) {
    const element = this.querySelector<HTMLElement>('[data-notice]')!;
    element.textContent = notice?.message ?? '';
    element.hidden = notice === null;
  }

  #say(message: string) {
    this.querySelector('[data-message]')!.textContent = message;
  }

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || !this.contains(button)) return;
    if (button.dataset.action === 'export') this.#export();
    if (button.dataset.action === 'reset') {
      this.#dialog().returnValue = '';
      this.#dialog().showModal();
    }
  };

  #export() {
    progressStore.sync();
    const name = exportFileName(new Date());
    const url = URL.createObjectURL(new Blob([exportText($progress.get())], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    // The download has started from the URL; it is not needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.#say(TEXT.exported(name));
  }

  #onImport = async () => {
    const input = this.#importInput();
    const file = input.files?.[0];
    if (!file) return;
    // A huge file is refused by its size, before a byte of it is read.
    const outcome: ImportOutcome = checkImportSize(file.size) ?? parseImport(await file.text());
    input.value = '';
    if (!outcome.ok) {
      this.#say(TEXT.importRefused(outcome.reason, outcome.detail));
      return;
    }
    progressStore.update((progress) => mergeProgress(progress, outcome.progress));
    const merged = $progress.get();
    const saved = $progressNotice.get()?.kind;
    const unsaved = saved === 'not-saved' || saved === 'newer-version' || saved === 'untouched';
    this.#say(unsaved ? TEXT.importUnsaved : TEXT.imported(Object.keys(merged.review).length, Object.keys(merged.scenarios).length));
  };

  #onDialogClose = () => {
    const dialog = this.#dialog();
    if (dialog.returnValue === 'reset') {
      progressStore.update(() => emptyProgress());
      this.#say(TEXT.resetDone);
    } else this.#say(TEXT.resetCancelled);
    this.querySelector<HTMLButtonElement>('[data-action="reset"]')!.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'esxi-progress': EsxiProgress;
  }
}

defineElement('esxi-progress', EsxiProgress);
