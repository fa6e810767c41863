import { dcuiView } from '#sim-core/services';
import type { DcuiKey, HostState } from '#sim-core/core';
import { $labs, ensureLab, getLab, sendEvent } from '../../stores/labs';
import { readLabAttributes, type LabAttributes } from '../shared/attributes';
import { defineWidget } from '../shared/define';
import { showWidgetError } from '../shared/widget-error';
import { dcuiKeyOf } from './keys';

/** The host's local console (DCUI): keys and buttons go to the lab; the screen is drawn from it. */
class DcuiElement extends HTMLElement {
  private attrs: LabAttributes | null = null;
  private stop: (() => void) | null = null;
  private announced = '';

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    ensureLab(attrs.lab, attrs.preset);
    this.querySelector('.esxi-dcui__screen')!.addEventListener('keydown', this.onKey as EventListener);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-key]')) {
      button.disabled = false;
      button.addEventListener('click', () => this.press(button.dataset.key as DcuiKey));
    }
    this.stop = $labs.subscribe(() => this.render());
  }

  disconnectedCallback() {
    this.stop?.();
    this.stop = null;
  }

  private host(): HostState | undefined {
    return getLab(this.attrs!.lab)?.hosts[this.attrs!.host];
  }

  private press(key: DcuiKey) {
    sendEvent(this.attrs!.lab, { type: 'dcui-key', host: this.attrs!.host, key });
  }

  private onKey = (event: KeyboardEvent) => {
    const key = dcuiKeyOf(event);
    if (!key) return;
    event.preventDefault();
    this.press(key);
  };

  private render() {
    const host = this.host();
    if (!host) return;
    const view = dcuiView(host);
    const screen = this.querySelector<HTMLElement>('.esxi-dcui__screen')!;
    screen.className = `esxi-dcui__screen esxi-dcui__screen--${view.tone}`;
    setText(this.querySelector('.esxi-dcui__title')!, view.title);
    replaceTexts(this.querySelector('.esxi-dcui__lines')!, 'p', view.lines);
    const items = this.querySelector('.esxi-dcui__items')!;
    replaceTexts(items, 'li', view.items.map((item) => item.label));
    [...items.children].forEach((child, index) => {
      if (view.items[index]?.selected) child.setAttribute('aria-current', 'true');
      else child.removeAttribute('aria-current');
    });
    setText(this.querySelector('.esxi-dcui__footer')!, view.footer);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-part="keys"] button')) button.hidden = !view.keys.includes(button.dataset.key as DcuiKey);
    const selected = view.items.find((item) => item.selected)?.label ?? '';
    const summary = `${view.title}. ${selected || view.lines[0] || ''}`;
    if (summary !== this.announced) {
      if (this.announced !== '') setText(this.querySelector('.esxi-dcui__status')!, summary);
      this.announced = summary;
    }
  }
}

function setText(element: Element, value: string) {
  if (element.textContent !== value) element.textContent = value;
}

function replaceTexts(parent: Element, tag: string, texts: string[]) {
  const current = [...parent.children].map((child) => child.textContent ?? '');
  if (current.join('\n') === texts.join('\n') && current.length === texts.length) return;
  parent.replaceChildren(...texts.map((text) => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  }));
}

defineWidget('esxi-dcui', DcuiElement);
