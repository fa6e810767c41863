import { MAX_LINE_LENGTH, PROMPT } from '#sim-core/core';
import { $labs, ensureLab, getLab } from '../../stores/labs';
import { runCommand } from '../../stores/shell';
import { $transcripts, appendLines, clearTranscript, sessionKey, type TranscriptLine } from '../../stores/transcripts';
import { UI } from '../../ui/strings';
import { readLabAttributes, type LabAttributes } from '../shared/attributes';
import { showWidgetError } from '../shared/widget-error';
import { watchClock } from '../shared/visibility';
import { browseHistory, type HistoryCursor } from './history';
import { introLines } from './intro';
import { defineWidget } from '../shared/define';

/** Keys Starlight binds globally (search) that the terminal keeps while it has focus. */
const KEPT_KEYS = new Set(['k', '/']);

class TerminalElement extends HTMLElement {
  private attrs: LabAttributes | null = null;
  private unsubscribe: (() => void)[] = [];
  private cursor: HistoryCursor = { position: null, draft: '' };
  private rendered: TranscriptLine[] | null = null;

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    const lab = ensureLab(attrs.lab, attrs.preset);
    if (!$transcripts.get()[this.key()]) appendLines(this.key(), introLines(lab, attrs.host));
    const form = this.querySelector('form')!;
    const input = this.input();
    form.addEventListener('submit', this.onSubmit);
    input.addEventListener('keydown', this.onKeyDown);
    this.querySelector<HTMLButtonElement>('.esxi-terminal__clear')!.addEventListener('click', this.onClear);
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = false;
    this.unsubscribe = [$transcripts.subscribe(() => this.renderTranscript()), $labs.subscribe(() => this.renderPrompt()), watchClock(this, attrs.lab, 'terminal')];
  }

  disconnectedCallback() {
    this.unsubscribe.forEach((stop) => stop());
    this.unsubscribe = [];
  }

  private input() {
    return this.querySelector<HTMLInputElement>('.esxi-terminal__input')!;
  }

  private key() {
    return sessionKey(this.attrs!.lab, this.attrs!.host);
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = this.input();
    const line = input.value.slice(0, MAX_LINE_LENGTH);
    input.value = '';
    this.cursor = { position: null, draft: '' };
    runCommand(this.attrs!.lab, this.attrs!.host, line);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && KEPT_KEYS.has(event.key.toLowerCase())) event.stopPropagation();
    if (event.key === '/') event.stopPropagation();
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const history = getLab(this.attrs!.lab)?.hosts[this.attrs!.host]?.shell.history ?? [];
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

  private onClear = () => clearTranscript(this.key());

  private renderTranscript() {
    const lines = $transcripts.get()[this.key()];
    if (!lines || lines === this.rendered) return;
    const screen = this.querySelector<HTMLElement>('.esxi-terminal__screen')!;
    const previous = this.rendered;
    const appendOnly = previous !== null && previous.length > 0 && lines.length >= previous.length && lines[previous.length - 1]?.id === previous[previous.length - 1]?.id && lines[0]?.id === previous[0]?.id;
    if (!appendOnly) screen.replaceChildren();
    const start = appendOnly ? previous.length : 0;
    for (const line of lines.slice(start)) screen.append(lineElement(line));
    this.rendered = lines;
    screen.scrollTop = screen.scrollHeight;
  }

  private renderPrompt() {
    const host = getLab(this.attrs!.lab)?.hosts[this.attrs!.host];
    const prompt = this.querySelector<HTMLElement>('.esxi-terminal__prompt')!;
    prompt.textContent = host?.console.screen === 'running' ? PROMPT(host.shell.cwd) : '(down) ';
    this.input().placeholder = host?.console.screen === 'running' ? '' : UI.terminal.hostDown(this.attrs!.host);
  }
}

function lineElement(line: TranscriptLine): HTMLElement {
  const div = document.createElement('div');
  div.className = `esxi-line esxi-line--${line.kind}`;
  div.textContent = line.text;
  return div;
}

defineWidget('esxi-terminal', TerminalElement);
