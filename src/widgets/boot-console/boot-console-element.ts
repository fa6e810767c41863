import { consoleIsBusy, consoleView, type ConsoleKey, type ConsoleView, type HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { setText, replaceTexts } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { consoleKeyOf } from './keys';
import { defineElement } from '../shared/define';
import { offerConsole } from '../shared/console-focus';
import { sessionKey } from '../../stores/transcripts';
import { CONSOLE_TEXT } from './strings';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The host's physical console. Keys go to the lab as events; the screen is drawn from the
 * lab alone. Real time moves the virtual clock only while this console is on screen.
 */
class BootConsoleElement extends LabWidget {
  protected clockRole = 'console' as const;
  private announced = '';

  protected setup() {
    const screen = this.querySelector<HTMLElement>('.esxi-console__screen')!;
    this.listen(screen, 'keydown', this.onKey);
    for (const button of this.keyButtons()) this.listen(button, 'click', this.onButton);
    // A terminal on this host offers to bring the keyboard here when the host goes down.
    this.keep(offerConsole(sessionKey(this.attrs.lab, this.attrs.host), () => {
      screen.scrollIntoView({ block: 'center' });
      screen.focus({ preventScroll: true });
    }));
  }

  /** The buttons that stand for the console's keys (and Reboot); the Keys button is the page's. */
  private keyButtons() {
    return this.querySelectorAll<HTMLButtonElement>('button[data-key], button[data-action]');
  }

  private press(key: ConsoleKey) {
    sendEvent(this.attrs!.lab, { type: 'console-key', host: this.attrs!.host, key });
  }

  private onKey = (event: KeyboardEvent) => {
    const key = consoleKeyOf(event);
    if (key === null) return;
    event.preventDefault();
    this.press(key);
  };

  private onButton = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    if (button.dataset.action === 'reboot') sendEvent(this.attrs!.lab, { type: 'power', host: this.attrs!.host, action: 'reboot' });
    else if (button.dataset.key) this.press(button.dataset.key as ConsoleKey);
  };

  /** On a screen that takes keys: that it waits for one, which ones, and its countdown if it has one. */
  private waiting(view: ConsoleView): string | null {
    if (view.keys.length === 0) return null;
    const labels = view.keys.map((key) => (key === 'Enter' ? CONSOLE_TEXT.enter[view.enterMeans] : CONSOLE_TEXT.keys[key]));
    const countdown = view.lines.find((line) => /\d+ seconds?\.\.\.$/.test(line));
    return `${CONSOLE_TEXT.waiting(this.attrs.host, labels)}${countdown ? ` ${countdown}` : ''}`;
  }

  protected render(host: HostState) {
    // Reduced motion: no countdown runs out by itself; the reader boots with Enter.
    if (reducedMotion() && consoleIsBusy(host) && host.console.screen !== 'loading') return this.press('other');
    const view = consoleView(host);
    const screen = this.querySelector<HTMLElement>('.esxi-console__screen')!;
    screen.className = `esxi-console__screen esxi-console__screen--${view.tone}`;
    setText(this.querySelector('.esxi-console__title')!, view.title);
    replaceTexts(this.querySelector('.esxi-console__lines')!, 'p', view.lines);
    const progress = this.querySelector<HTMLElement>('.esxi-console__progress')!;
    progress.hidden = view.progress === null;
    this.querySelector('progress')!.value = Math.round((view.progress ?? 0) * 100);
    for (const button of this.keyButtons()) {
      const applies = button.dataset.action === 'reboot' ? view.canReboot : view.keys.includes(button.dataset.key as never);
      button.hidden = !applies;
      button.disabled = !applies;
      if (button.dataset.key === 'Enter') setText(button, CONSOLE_TEXT.enter[view.enterMeans]);
    }
    // Announce a new screen once, not every tick of its countdown.
    if (host.console.screen !== this.announced) {
      if (this.announced !== '') setText(this.querySelector('.esxi-console__status')!, `${view.title}. ${this.waiting(view) ?? view.lines.slice(0, 2).join('. ')}`);
      this.announced = host.console.screen;
    }
    const note = this.querySelector<HTMLElement>('.esxi-console__note')!;
    note.hidden = !reducedMotion();
    setText(note, CONSOLE_TEXT.reducedMotion);
  }
}


defineElement('esxi-boot-console', BootConsoleElement);
