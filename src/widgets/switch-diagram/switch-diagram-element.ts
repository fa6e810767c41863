import { sendEvent } from '../../stores/labs';
import { el, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineLabWidget } from '../shared/define';
import { SWITCH_TEXT as T } from './strings';
import { cdpSummary, switchBoxes, type SwitchBox } from './switch-view';

/**
 * A host's switches, redrawn from the lab whenever it changes: the shell, vCenter (the control
 * here) or another widget. The shown host and the selected uplink are view choices only.
 */
class SwitchDiagramElement extends LabWidget {
  private shown = '';
  private uplink = '';
  private drawn = '';

  protected setup() {
    this.shown = this.attrs.host;
    const pick = (event: Event) => {
      const data = (event.target as HTMLElement).dataset;
      if (data.uplink) this.uplink = data.uplink;
      else if (data.host && event.type === 'click') [this.shown, this.uplink] = [data.host, ''];
      else if (data.action && event.type === 'click') this.apply();
      else return;
      this.render();
    };
    this.listen(this, 'focusin', pick);
    this.listen(this, 'click', pick);
  }

  /** vCenter: one change to the dvSwitch, which every member host then shows. */
  private apply() {
    const vc = this.querySelector<HTMLElement>('[data-part="vcenter"]')!;
    const mtu = Number(vc.querySelector('select')!.value);
    sendEvent(this.attrs.lab, { type: 'dvs-change', change: { kind: 'mtu', mtu } });
    setText(vc.querySelector('[role="status"]')!, T.pushed(`MTU ${mtu} on ${vc.dataset.dvs}`, vc.dataset.hosts!));
  }

  protected render() {
    const lab = this.lab()!;
    const section = this.querySelector('section')!;
    section.setAttribute('aria-label', T.region(this.shown) + section.dataset.context);
    for (const button of this.querySelectorAll<HTMLElement>('[data-host]')) button.setAttribute('aria-pressed', String(button.dataset.host === this.shown));
    const boxes = switchBoxes(lab, this.shown);
    const key = JSON.stringify(boxes);
    if (key !== this.drawn) {
      // Redrawn only when the configuration changed; the focused uplink keeps the focus.
      const focused = this.contains(document.activeElement) && (document.activeElement as HTMLElement).dataset.uplink;
      this.drawn = key;
      this.querySelector('[data-part="switches"]')!.replaceChildren(...boxes.map(box));
      if (focused) this.querySelector<HTMLElement>(`[data-uplink="${focused}"]`)?.focus();
    }
    for (const button of this.querySelectorAll<HTMLElement>('[data-uplink]')) button.setAttribute('aria-pressed', String(button.dataset.uplink === this.uplink));
    setText(this.querySelector('[data-part="cdp"]')!, cdpSummary(lab, this.shown, this.uplink));
  }
}

const box = (sw: SwitchBox) =>
  el('div', { class: 'esxi-sd__switch' },
    el('p', {}, el('strong', {}, sw.name), ' ', el('span', {}, sw.kind)),
    el('p', { class: 'esxi-sd__summary' }, sw.summary),
    el('div', { class: 'esxi-sd__cols' },
      el('ul', { 'aria-label': T.portGroups(sw.name) }, ...sw.portGroups.map((pg) => el('li', {}, el('strong', {}, pg.name), ' ', el('span', {}, pg.detail)))),
      el('ul', { class: 'esxi-sd__uplinks', 'aria-label': T.uplinks(sw.name) }, ...sw.uplinks.map((u) => el('li', {}, el('button', { type: 'button', 'data-uplink': u.vmnic, 'data-up': String(u.up) }, u.label))))));

defineLabWidget('esxi-switch-diagram', SwitchDiagramElement);
