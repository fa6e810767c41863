import type { DvsChange } from '#sim-core/network';
import { sendEvent } from '../../stores/labs';
import { el, setText, typedNumber } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { SWITCH_TEXT as T } from './strings';
import { cdpSummary, switchBoxes, vcenterTarget, type SwitchBox } from './switch-view';

/**
 * A host's switches, redrawn from the lab whenever it changes: the shell, vCenter (the controls
 * here) or another widget. The shown host and the selected uplink are view choices only.
 */
class SwitchDiagramElement extends LabWidget {
  private shown = '';
  private uplink = '';
  /** Switch name -> the port group whose uplinks the reader chose to see. */
  private picks: Record<string, string> = {};
  private drawn = '';
  /** vCenter fields the reader has changed and not applied yet: time passing must not undo them. */
  private readonly edited = new Set<string>();

  protected setup() {
    this.shown = this.attrs.host;
    const pick = (event: Event) => {
      // Every target here is a button; a pointer over a port group's name is over its button.
      const data = (event.target as Element).closest<HTMLElement>('button')?.dataset;
      if (!data) return;
      if (data.uplink) this.uplink = data.uplink;
      else if (data.pg) this.picks[data.sw!] = data.pg;
      else if (data.host && event.type === 'click') [this.shown, this.uplink, this.picks] = [data.host, '', {}];
      else if (data.action && event.type === 'click') this.apply(data.action);
      else return;
      this.render();
    };
    this.listen(this, 'focusin', pick);
    this.listen(this, 'pointerover', pick);
    this.listen(this, 'click', pick);
    const edit = (event: Event) => {
      const field = (event.target as HTMLElement).dataset.field;
      // Another dvPortgroup picked: its VLAN ID is what the field starts from.
      if (field === 'pg') this.syncVcenter(true);
      else if (field) this.edited.add(field);
    };
    this.listen(this, 'input', edit);
    this.listen(this, 'change', edit);
  }

  private field(name: string) {
    return this.querySelector<HTMLInputElement>(`[data-part="vcenter"] [data-field="${name}"]`)!;
  }

  /** vCenter: one change to the dvSwitch, which every member host then shows. */
  private apply(action: string) {
    const target = vcenterTarget(this.lab()!)!;
    const result = this.querySelector('[data-part="vc-result"]')!;
    const dvs = target.dvSwitch;
    const value = (name: string) => this.field(name).value.trim();
    const [change, what, typed]: [DvsChange, string, string] =
      action === 'mtu' ? [{ kind: 'mtu', mtu: typedNumber(value('mtu')) }, T.mtuChange(value('mtu'), dvs), value('mtu')]
      : action === 'cdp' ? [{ kind: 'cdp', mode: value('cdp') as 'listen' }, T.cdpChange(value('cdp'), dvs), value('cdp')]
      : [{ kind: 'portgroup-vlan', name: value('pg'), vlan: typedNumber(value('vlan')) }, T.vlanChange(value('vlan'), value('pg')), value('vlan')];
    const outcome = sendEvent(this.attrs.lab, { type: 'dvs-change', change });
    // Applied or refused (the message quotes what was typed), the field shows the dvSwitch as it is again, as in the traffic widgets.
    this.edited.delete(action);
    // vCenter says it pushed a change only when the lab took it; otherwise why not, in the lab's words.
    setText(result, !outcome ? '' : outcome.refused ? T.refused(typed, outcome.refused.message) : T.pushed(what, target.hosts.join(' and ')));
  }

  /** The vCenter fields show the dvSwitch as it is, except those the reader has changed and not applied. */
  private syncVcenter(force: boolean) {
    const target = vcenterTarget(this.lab()!);
    if (!target) return;
    const pg = target.portGroups.find((candidate) => candidate.name === this.field('pg').value);
    for (const [name, value] of [['mtu', target.mtu], ['cdp', target.cdp], ['vlan', pg?.vlan ?? 0]] as const) {
      const input = this.field(name);
      if (force) this.edited.delete(name);
      if (!this.edited.has(name)) input.value = String(value);
    }
  }

  protected render() {
    const lab = this.lab()!;
    const section = this.querySelector('section')!;
    section.setAttribute('aria-label', T.region(this.shown) + section.dataset.context);
    for (const button of this.querySelectorAll<HTMLElement>('[data-host]')) button.setAttribute('aria-pressed', String(button.dataset.host === this.shown));
    const boxes = switchBoxes(lab, this.shown, this.picks);
    const key = JSON.stringify(boxes);
    if (key !== this.drawn) {
      // Redrawn only when the configuration or the port group shown changed; the focused button keeps the focus.
      const focused = this.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset : {};
      this.drawn = key;
      this.querySelector('[data-part="switches"]')!.replaceChildren(...boxes.map(box));
      const again = focused.uplink ? `[data-uplink="${focused.uplink}"]` : focused.pg ? `[data-sw="${CSS.escape(focused.sw!)}"][data-pg="${CSS.escape(focused.pg)}"]` : '';
      if (again) this.querySelector<HTMLElement>(again)?.focus();
    }
    for (const button of this.querySelectorAll<HTMLElement>('[data-uplink]')) button.setAttribute('aria-pressed', String(button.dataset.uplink === this.uplink));
    const cdp = cdpSummary(lab, this.shown, this.uplink);
    setText(this.querySelector('[data-part="cdp"]')!, cdp.text);
    drawFields(this.querySelector('[data-part="cdp-fields"]')!, cdp.fields);
    if (this.querySelector('[data-part="vcenter"]')) this.syncVcenter(false);
  }
}

/** Term and value pairs; only the values change while the same neighbour is shown (its TTL counts down). */
function drawFields(dl: Element, fields: [string, string][]) {
  const terms = [...dl.querySelectorAll('dt')].map((dt) => dt.textContent);
  if (terms.join('\n') === fields.map(([label]) => label).join('\n')) {
    dl.querySelectorAll('dd').forEach((dd, i) => setText(dd, fields[i]![1]));
    return;
  }
  dl.replaceChildren(...fields.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

/** One switch as SwitchDiagram.astro draws it: its port groups, its box, its uplinks as the port group shown uses them. */
const box = (sw: SwitchBox) =>
  el('div', { class: 'esxi-sd__switch' },
    el('ul', { class: 'esxi-sd__pgs', 'aria-label': T.portGroups(sw.name) }, ...sw.portGroups.map((pg) =>
      el('li', {}, el('button', { type: 'button', 'data-pg': pg.name, 'data-sw': sw.name, 'aria-pressed': String(pg.name === sw.shown) }, el('strong', {}, pg.name), ' ', el('span', {}, pg.vlan)), el('span', {}, pg.detail)))),
    el('div', { class: 'esxi-sd__bus' }, el('strong', {}, sw.name), el('span', {}, sw.kind), el('span', { class: 'esxi-sd__summary' }, ...sw.facts.map((fact) => el('span', {}, fact)))),
    el('ul', { class: 'esxi-sd__uplinks', 'aria-label': T.uplinks(sw.name, sw.shown) },
      ...sw.uplinks.map((u) => el('li', { 'data-role': u.role }, el('button', { type: 'button', 'data-uplink': u.vmnic, 'data-up': String(u.up) }, u.label), ' ', el('span', {}, u.role))),
      ...(sw.uplinks.length ? [] : [el('li', { 'data-role': 'none' }, T.noUplink)])));

defineElement('esxi-switch-diagram', SwitchDiagramElement);
