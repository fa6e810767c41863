import { dcuiView } from '#sim-core/services';
import type { DcuiKey, HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { replaceTexts, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { dcuiKeyOf } from './keys';

/** The host's local console (DCUI): keys and buttons go to the lab; the screen is drawn from it. */
class DcuiElement extends LabWidget {
  private announced = '';

  protected setup() {
    this.listen(this.querySelector<HTMLElement>('.esxi-dcui__screen')!, 'keydown', this.onKey);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-key]')) {
      this.listen(button, 'click', () => this.press(button.dataset.key as DcuiKey));
    }
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

  protected render(host: HostState) {
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


defineElement('esxi-dcui', DcuiElement);
