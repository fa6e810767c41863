import type { HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { el, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineLabWidget } from '../shared/define';
import { SWITCH_TEXT as T } from './strings';
import { cdpPanel, parseVlan, switchBoxes, vcenterTarget, type SwitchBox } from './switch-view';

/**
 * A host's switches, redrawn from the lab whenever it changes: the shell, vCenter (the form
 * here) or another widget. The shown host and the selected uplink are view choices only.
 */
class SwitchDiagramElement extends LabWidget {
  private shown = '';
  private uplink: string | null = null;
  private drawn = '';

  protected setup() {
    this.shown = this.attrs.host;
    this.listen(this, 'click', this.onClick);
    this.listen(this, 'focusin', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-uplink]');
      if (button) this.pick(button.dataset.uplink!);
    });
    this.listen(this, 'change', (event) => {
      if ((event.target as HTMLElement).dataset.field === 'pg') this.fillVlan();
    });
    this.listen(this, 'submit', (event) => event.preventDefault());
    this.fillVlan();
  }

  private pick(vmnic: string) {
    this.uplink = vmnic;
    this.redraw();
  }

  private field<E extends HTMLElement>(name: string) {
    return this.querySelector<E>(`[data-field="${name}"]`);
  }

  private fillVlan() {
    const lab = this.lab();
    const pg = this.field<HTMLSelectElement>('pg')?.value;
    const vlan = lab && vcenterTarget(lab)?.portGroups.find((known) => known.name === pg)?.vlan;
    const input = this.field<HTMLInputElement>('vlan');
    if (input && vlan !== undefined) input.value = String(vlan);
  }

  private onClick = (event: Event) => {
    const target = event.target as HTMLElement;
    const host = target.closest<HTMLElement>('[data-host]')?.dataset.host;
    if (host) {
      this.shown = host;
      this.uplink = null;
      return this.redraw();
    }
    const uplink = target.closest<HTMLElement>('[data-uplink]')?.dataset.uplink;
    if (uplink) return this.pick(uplink);
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    const lab = this.lab();
    const vc = lab && vcenterTarget(lab);
    if (!action || !vc) return;
    const result = this.querySelector('[data-part="vc-result"]')!;
    if (action === 'vlan') {
      const name = this.field<HTMLSelectElement>('pg')!.value;
      const vlan = parseVlan(this.field<HTMLInputElement>('vlan')!.value);
      if (vlan === null) return setText(result, T.badVlan);
      sendEvent(this.attrs.lab, { type: 'dvs-change', change: { kind: 'portgroup-vlan', name, vlan } });
      setText(result, T.pushed(`VLAN ${vlan} on dvPortgroup ${name}`, vc.hosts));
    } else {
      const mtu = Number(this.field<HTMLSelectElement>('mtu')!.value);
      sendEvent(this.attrs.lab, { type: 'dvs-change', change: { kind: 'mtu', mtu } });
      setText(result, T.pushed(`MTU ${mtu} on ${vc.dvSwitch}`, vc.hosts));
    }
  };

  private redraw() {
    const host = this.host();
    if (host) this.render(host);
  }

  protected render(_host: HostState) {
    const lab = this.lab()!;
    const section = this.querySelector('section')!;
    section.setAttribute('aria-label', T.region(this.shown) + (section.dataset.context ?? ''));
    for (const button of this.querySelectorAll<HTMLElement>('[data-host]')) button.setAttribute('aria-pressed', String(button.dataset.host === this.shown));
    const boxes = switchBoxes(lab, this.shown);
    const key = JSON.stringify(boxes);
    if (key !== this.drawn) {
      this.drawn = key;
      const focused = (document.activeElement as HTMLElement | null)?.closest?.('[data-uplink]') && this.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.uplink : undefined;
      this.querySelector('[data-part="switches"]')!.replaceChildren(...boxes.map(box));
      if (focused) this.querySelector<HTMLElement>(`[data-uplink="${focused}"]`)?.focus();
    }
    for (const button of this.querySelectorAll<HTMLElement>('[data-uplink]')) button.setAttribute('aria-pressed', String(button.dataset.uplink === this.uplink));
    const panel = cdpPanel(lab, this.shown, this.uplink);
    setText(this.querySelector('[data-part="cdp-summary"]')!, panel.summary);
    const fields = this.querySelector('[data-part="cdp-fields"]')!;
    if (fields.children.length !== panel.fields.length * 2) fields.replaceChildren(...panel.fields.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
    else panel.fields.forEach(([label, value], i) => { setText(fields.children[i * 2]!, label); setText(fields.children[i * 2 + 1]!, value); });
  }
}

function box(sw: SwitchBox): HTMLElement {
  return el('div', { class: 'esxi-sd__switch', 'data-switch': sw.key },
    el('p', { class: 'esxi-sd__name' }, el('strong', {}, sw.name), ' ', el('span', {}, sw.kind)),
    el('p', { class: 'esxi-sd__summary' }, sw.summary),
    el('div', { class: 'esxi-sd__cols' },
      el('ul', { class: 'esxi-sd__pgs', 'aria-label': T.portGroups(sw.name) }, ...sw.portGroups.map((pg) => el('li', { 'data-pg': pg.key }, el('strong', {}, pg.name), ' ', el('span', {}, pg.detail)))),
      el('ul', { class: 'esxi-sd__uplinks', 'aria-label': T.uplinks(sw.name) }, ...sw.uplinks.map((u) => el('li', {}, el('button', { type: 'button', 'data-uplink': u.vmnic, 'data-up': String(u.up), 'aria-pressed': 'false' }, u.label))))));
}

defineLabWidget('esxi-switch-diagram', SwitchDiagramElement);
