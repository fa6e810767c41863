import { consoleIsBusy, consoleView, type ConsoleKey, type HostState } from '#sim-core/core';
import { $labs, ensureLab, getLab, sendEvent } from '../../stores/labs';
import { UI } from '../../ui/strings';
import { readLabAttributes, type LabAttributes } from '../shared/attributes';
import { showWidgetError } from '../shared/widget-error';
import { watchClock } from '../shared/visibility';
import { consoleKeyOf } from './keys';
import { defineWidget } from '../shared/define';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The host's physical console. Keys go to the lab as events; the screen is drawn from the
 * lab alone. Real time moves the virtual clock only while this console is on screen.
 */
class BootConsoleElement extends HTMLElement {
  private attrs: LabAttributes | null = null;
  private stops: (() => void)[] = [];
  private announced = '';

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    ensureLab(attrs.lab, attrs.preset);
    this.querySelector('.esxi-console__screen')!.addEventListener('keydown', this.onKey as EventListener);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button')) button.addEventListener('click', this.onButton);
    this.stops.push($labs.subscribe(() => this.render()));
    this.stops.push(watchClock(this, attrs.lab, 'console'));
  }

  disconnectedCallback() {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  private host(): HostState | undefined {
    return getLab(this.attrs!.lab)?.hosts[this.attrs!.host];
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

  private render() {
    const host = this.host();
    if (!host) return;
    // Reduced motion: no countdown runs out by itself; the reader boots with Enter.
    if (reducedMotion() && consoleIsBusy(host) && host.console.screen !== 'loading') return this.press('other');
    const view = consoleView(host);
    const screen = this.querySelector<HTMLElement>('.esxi-console__screen')!;
    screen.className = `esxi-console__screen esxi-console__screen--${view.tone}`;
    setText(this.querySelector('.esxi-console__title')!, view.title);
    const lines = this.querySelector('.esxi-console__lines')!;
    const current = [...lines.children].map((child) => child.textContent);
    if (current.join('\n') !== view.lines.join('\n')) lines.replaceChildren(...view.lines.map(paragraph));
    const progress = this.querySelector<HTMLElement>('.esxi-console__progress')!;
    progress.hidden = view.progress === null;
    this.querySelector('progress')!.value = Math.round((view.progress ?? 0) * 100);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button')) {
      const applies = button.dataset.action === 'reboot' ? view.canReboot : view.keys.includes(button.dataset.key as never);
      button.hidden = !applies;
      button.disabled = !applies;
    }
    // Announce a new screen once, not every tick of its countdown.
    if (host.console.screen !== this.announced) {
      if (this.announced !== '') setText(this.querySelector('.esxi-console__status')!, `${view.title}. ${view.lines.slice(0, 2).join('. ')}`);
      this.announced = host.console.screen;
    }
    const note = this.querySelector<HTMLElement>('.esxi-console__note')!;
    note.hidden = !reducedMotion();
    setText(note, UI.bootConsole.reducedMotion);
  }
}

function paragraph(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function setText(element: Element, text: string) {
  if (element.textContent !== text) element.textContent = text;
}

defineWidget('esxi-boot-console', BootConsoleElement);
