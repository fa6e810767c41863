import { MAX_LINE_LENGTH, PROMPT, type HostState } from '#sim-core/core';
import { runLine } from '../../stores/shell';
import { $transcripts, appendLines, clearTranscript, sessionKey, type TranscriptLine } from '../../stores/transcripts';
import { UI } from '../../ui/strings';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { browseHistory, type HistoryCursor } from './history';
import { transcriptPatch } from './transcript-patch';
import { defineElement } from '../shared/define';
import { $screens, closeScreen } from '../../stores/screens';
import { markLive, redrawChangedLines } from './live-lines';

/** Keys Starlight binds globally (search) that the terminal keeps while it has focus. */
const KEPT_KEYS = new Set(['k', '/']);

class TerminalElement extends LabWidget {
  private cursor: HistoryCursor = { position: null, draft: '' };
  private rendered: TranscriptLine[] | null = null;
  /** Closes the full-screen program (esxtop) open over this terminal, if one is. */
  private closeProgram: (() => void) | null = null;

  protected setup() {
    // The session starts with the lines the server rendered (the intro): the one render path for them.
    if (!$transcripts.get()[this.key()]) appendLines(this.key(), [...this.screen().children].map((line) => ({ text: line.textContent ?? '', kind: 'system' as const })));
    this.listen(this.querySelector('form')!, 'submit', this.onSubmit);
    this.listen(this.input(), 'keydown', this.onKeyDown);
    this.listen(this.input(), 'focus', this.loadTabCompletion);
    this.listen(this.querySelector<HTMLButtonElement>('.esxi-terminal__clear')!, 'click', this.onClear);
    this.keep($transcripts.subscribe(() => this.renderTranscript()));
    this.keep($screens.subscribe((screens) => this.showProgram(screens[this.key()] !== undefined)));
    this.keep(() => this.closeProgram?.());
  }

  #onDemand?: Promise<typeof import('./on-demand')>;
  #tabBound = false;

  /** Tab completion and the way to the console (on-demand.ts), fetched on the command box's first focus or the host's first time down. */
  private onDemand() {
    return (this.#onDemand ??= import('./on-demand').catch((error: unknown) => {
      this.#onDemand = undefined;
      throw error;
    }));
  }

  #tabReady = false;
  #tabPending = false;

  /**
   * Tab completion arrives on the command box's first focus. A Tab pressed on a typed line before
   * it is here waits for it and completes then (a reader typing fast would otherwise be sent out
   * of the box); on an empty line, or when the code could not be fetched, Tab moves on.
   */
  private loadTabCompletion = () => {
    if (this.#tabBound) return;
    this.#tabBound = true;
    this.onDemand().then(({ bindTabCompletion }) => {
      if (this.isConnected) this.keep(bindTabCompletion(this.input(), this.querySelector('.esxi-terminal__status')!, this.attrs.lab, this.attrs.host));
      this.#tabReady = true;
      this.keep(() => (this.#tabBound = this.#tabReady = false));
      if (this.#tabPending && document.activeElement === this.input()) this.input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
      this.#tabPending = false;
    }, () => (this.#tabBound = this.#tabPending = false));
  };

  /** A Tab on a typed line before completion is here: kept for it (see loadTabCompletion). */
  private holdEarlyTab(event: KeyboardEvent) {
    if (this.#tabReady || !this.#tabBound || event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    if (this.input().value.trim() === '') return;
    event.preventDefault();
    this.#tabPending = true;
  }

  /** A full-screen program (esxtop, in its own module) opens over the terminal and hands the keyboard back when it quits. */
  private showProgram(open: boolean) {
    if (!open) return this.closeProgram?.();
    if (this.closeProgram) return;
    // Until its code is here, closing only cancels the opening.
    let cancelled = false;
    this.closeProgram = () => { cancelled = true; this.closeProgram = null; };
    import('./esxtop-screen').then(({ openEsxtop }) => {
      if (cancelled || !this.isConnected) return;
      this.closeProgram = openEsxtop(this.querySelector<HTMLElement>('.esxi-terminal')!, this.attrs.lab, this.attrs.host, () => {
        this.closeProgram = null;
        closeScreen(this.key());
        if (this.isConnected) this.input().focus();
      });
    }, () => {
      this.closeProgram = null;
      closeScreen(this.key());
      appendLines(this.key(), [{ text: UI.terminal.kitFailed, kind: 'system' }]);
    });
  }

  private screen() {
    return this.querySelector<HTMLElement>('.esxi-terminal__screen')!;
  }

  private input() {
    return this.querySelector<HTMLInputElement>('.esxi-terminal__input')!;
  }

  private key() {
    return sessionKey(this.attrs.lab, this.attrs.host);
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = this.input();
    const line = input.value;
    // A line past the shell's limit is answered with a clear message and stays in the field to be shortened.
    if (line.length <= MAX_LINE_LENGTH) input.value = '';
    this.cursor = { position: null, draft: '' };
    void runLine(this.attrs.lab, this.attrs.host, line);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    this.holdEarlyTab(event);
    if ((event.ctrlKey || event.metaKey) && KEPT_KEYS.has(event.key.toLowerCase())) event.stopPropagation();
    if (event.key === '/') event.stopPropagation();
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const history = this.host()?.shell.history ?? [];
      const next = browseHistory(history, this.cursor, event.key === 'ArrowUp' ? 'older' : 'newer', this.input().value);
      this.cursor = next.cursor;
      this.input().value = next.text;
    } else if (event.ctrlKey && event.key.toLowerCase() === 'l') {
      event.preventDefault();
      this.onClear();
    } else if (event.ctrlKey && event.key.toLowerCase() === 'c') {
      if (this.input().selectionStart !== this.input().selectionEnd) return;
      event.preventDefault();
      this.input().value = '';
      this.cursor = { position: null, draft: '' };
    }
  };

  private onClear = () => {
    clearTranscript(this.key());
  };

  /** Appends the new lines and drops those the transcript let go of, so a long session never redraws the screen. */
  private renderTranscript() {
    const lines = $transcripts.get()[this.key()];
    if (!lines) return;
    if (lines === this.rendered) return;
    const patch = transcriptPatch(this.rendered, lines);
    const screen = this.screen();
    if (patch.kind === 'replace') {
      screen.replaceChildren(...lines.map(lineElement));
    } else {
      // 'same' ids may still carry a redrawn progress line: those are updated in place.
      const drop = patch.kind === 'append' ? patch.drop : 0;
      const from = patch.kind === 'append' ? patch.from : lines.length;
      for (let n = 0; n < drop; n++) screen.firstElementChild?.remove();
      redrawChangedLines(screen, this.rendered!.slice(drop), lines);
      screen.append(...lines.slice(from).map(lineElement));
    }
    this.rendered = lines;
    this.scrollToEnd();
  }

  #scrollQueued = false;

  /**
   * Keeps the newest line in view, once per frame: reading scrollHeight right after a change
   * would force a layout of the whole transcript in the middle of the command.
   */
  private scrollToEnd() {
    if (this.#scrollQueued) return;
    this.#scrollQueued = true;
    requestAnimationFrame(() => {
      this.#scrollQueued = false;
      const screen = this.screen();
      screen.scrollTop = screen.scrollHeight;
    });
  }

  /** The prompt follows the lab: the current directory, or a note while the host is down. */
  protected render(host: HostState) {
    const up = host.console.screen === 'running';
    setText(this.querySelector<HTMLElement>('.esxi-terminal__prompt')!, up ? PROMPT(host.shell.cwd) : '(down) ');
    this.input().placeholder = up ? '' : UI.terminal.hostDown(this.attrs.host);
    // Once its host has been down, the terminal shows the way to the host's console.
    if (!up || this.#onDemand) {
      this.onDemand().then(({ drawHostDown }) => {
        const now = this.host();
        if (now && this.isConnected) drawHostDown(this, this.attrs.lab, this.attrs.host, now);
      }, () => {});
    }
  }
}

function lineElement(line: TranscriptLine): HTMLElement {
  const div = document.createElement('div');
  div.className = `esxi-line esxi-line--${line.kind}`;
  div.textContent = line.text;
  markLive(div, line);
  return div;
}

defineElement('esxi-terminal', TerminalElement);
