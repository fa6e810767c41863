import type { HostState, LabState } from '#sim-core/core';
import { ensureLab, getLab, labStore } from '../../stores/labs';
import { readLabAttributes, type LabAttributes } from './attributes';
import { showWidgetError } from './widget-error';
import { UI } from '../../ui/strings';
import { watchClock } from './visibility';
import { showLabNote } from './lab-note';
import type { ClockRole } from '../../stores/clock';

/**
 * What every lab widget does on the page: vet its attributes, make sure its lab exists,
 * enable its server-rendered controls, redraw from its lab's store on every change, and let
 * go of everything it subscribed to when it leaves the page.
 */
export abstract class LabWidget extends HTMLElement {
  protected attrs!: LabAttributes;
  /** A boot console's countdown waits for the console to be seen; other widgets are plain views. */
  protected clockRole: ClockRole = 'view';
  private stops: (() => void)[] = [];

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    if (!ensureLab(attrs.lab, attrs.preset)) return showWidgetError(this, UI.badAttribute.preset(attrs.preset));
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('input, button, select')) control.disabled = false;
    showLabNote(attrs.lab);
    this.setup();
    // Time runs in a lab with work in progress while any of its widgets is on screen.
    this.keep(watchClock(this, attrs.lab, this.clockRole));
    this.stops.push(labStore(attrs.lab).subscribe(() => {
      const host = this.host();
      if (host) this.render(host);
    }));
  }

  disconnectedCallback() {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  /** Keeps something to undo on disconnect (a subscription, a clock request, a listener). */
  protected keep(stop: () => void) {
    this.stops.push(stop);
  }

  protected listen<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, handler: (event: HTMLElementEventMap[K]) => void) {
    target.addEventListener(type, handler);
    this.keep(() => target.removeEventListener(type, handler));
  }

  protected lab(): LabState | undefined {
    return getLab(this.attrs.lab);
  }

  protected host(): HostState | undefined {
    return this.lab()?.hosts[this.attrs.host];
  }

  /** Wires listeners (with `listen`) before the first render. */
  protected setup(): void {}

  /** Draws the widget from the host's current state. */
  protected abstract render(host: HostState): void;
}
