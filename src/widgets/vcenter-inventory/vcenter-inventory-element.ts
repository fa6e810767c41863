import type { HostState, LabEvent, Outcome } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { el, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { INVENTORY_TEXT as text } from './strings';
import { addableHosts, hostSummary, selectableHosts, treeRows, type HostSummaryModel, type TreeRow, type VmRow } from './inventory-view';

function rowItem(row: TreeRow): HTMLElement {
  const parts = [el('span', { class: 'esxi-vc__icon', 'aria-hidden': 'true' }, row.icon), ' ', el('span', { 'data-part': 'name' }, row.name), ' ', el('span', { class: 'esxi-vc__detail', 'data-part': 'detail' }, `(${row.detail})`)];
  const body = row.host ? el('button', { type: 'button', 'data-host': row.host }, ...parts) : el('span', { class: 'esxi-vc__node' }, ...parts);
  const item = el('li', { 'data-key': row.key, 'data-kind': row.kind }, body);
  item.style.setProperty('--level', String(row.level));
  return item;
}

function vmRow(vm: VmRow): HTMLElement {
  return el('tr', { 'data-vm': vm.id },
    el('th', { scope: 'row', 'data-part': 'vm-name' }, vm.name),
    el('td', { 'data-part': 'power' }, vm.powerText),
    el('td', { class: 'esxi-vc__vm-actions' },
      el('button', { type: 'button', 'data-action': 'power', 'data-value': vm.on ? 'off' : 'on' }, vm.powerLabel),
      el('select', { 'data-part': 'target', 'aria-label': vm.migrateLabel }),
      el('button', { type: 'button', 'data-action': 'migrate' }, text.migrate(vm.name))));
}

/** Sets a select's options to these values, keeping the reader's choice when it is still there. */
function setOptions(select: HTMLSelectElement, values: readonly string[]) {
  const current = [...select.options].map((option) => option.value);
  if (current.length === values.length && current.every((value, i) => value === values[i])) return;
  const chosen = select.value;
  select.replaceChildren(...values.map((value) => el('option', { value }, value)));
  if (values.includes(chosen)) select.value = chosen;
}

/**
 * vCenter's inventory: the datacenter, its clusters, hosts and VMs, and the selected host's
 * summary with vCenter's actions on it. Which host is selected is the reader's view choice;
 * everything else is read again from the lab on every change, in place, so focus stays on the
 * button the reader pressed.
 */
class VcenterInventoryElement extends LabWidget {
  private selected = '';

  protected setup() {
    this.selected = this.attrs.host;
    this.listen(this, 'click', this.onClick);
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    if (button.dataset.host) {
      this.selected = button.dataset.host;
      this.redraw();
      return;
    }
    const request = this.requestFor(button);
    if (!request) return;
    const outcome = sendEvent(this.attrs.lab, request.event);
    // A host just added to a cluster becomes the selected one, so its summary shows.
    if (outcome && !outcome.refused && request.event.type === 'vc-add-host') {
      this.selected = request.event.host;
      this.redraw();
    }
    this.report(outcome, request.done);
    // A migrated VM's row leaves this host's table, and its button with it: keep the keyboard reader in the table.
    if (!button.isConnected) this.piece('vm-box').focus();
  };

  /** The event a button asks for, and what to say when the lab accepts it. */
  private requestFor(button: HTMLButtonElement): { event: LabEvent; done: string } | undefined {
    const host = this.piece('summary').dataset.host ?? this.selected;
    const value = button.dataset.value ?? '';
    const vmId = button.closest<HTMLElement>('tr[data-vm]')?.dataset.vm;
    const vmName = button.closest('tr')?.querySelector('[data-part="vm-name"]')?.textContent ?? '';
    switch (button.dataset.action) {
      case 'maintenance':
        return { event: { type: 'vc-maintenance', host, action: value === 'exit' ? 'exit' : 'enter' }, done: text.done['vc-maintenance'](host, value !== 'exit') };
      case 'connection':
        return { event: { type: 'vc-connection', host, action: value === 'connect' ? 'connect' : 'disconnect' }, done: text.done['vc-connection'](host, value === 'connect') };
      case 'add': {
        const added = this.piece<HTMLSelectElement>('add-host').value;
        const cluster = this.piece<HTMLSelectElement>('add-cluster').value;
        return { event: { type: 'vc-add-host', host: added, cluster }, done: text.done['vc-add-host'](added, cluster) };
      }
      case 'power': {
        if (!vmId) return undefined;
        const on = value === 'on';
        return { event: { type: 'vc-vm-power', vm: vmId, action: on ? 'on' : 'off' }, done: text.done['vc-vm-power'](vmName, on) };
      }
      case 'migrate': {
        const to = button.closest('tr')?.querySelector<HTMLSelectElement>('select')?.value;
        if (!vmId || !to) return undefined;
        return { event: { type: 'vc-vm-migrate', vm: vmId, to }, done: text.done['vc-vm-migrate'](vmName, to) };
      }
      default:
        return undefined;
    }
  }

  /** The lab's answer in the live regions: its reason when it refused, else what changed. */
  private report(outcome: Outcome | undefined, done: string) {
    setText(this.piece('refused'), outcome?.refused?.message ?? '');
    setText(this.piece('status'), outcome && !outcome.refused ? done : '');
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  private redraw() {
    const host = this.host();
    if (host) this.render(host);
  }

  protected render(_host: HostState) {
    const lab = this.lab()!;
    const rows = treeRows(lab);
    const hosts = selectableHosts(rows);
    // The reader's choice stays even while that host is out of the inventory (esx04 before it is added).
    const shown = hosts.includes(this.selected) ? this.selected : hosts.includes(this.attrs.host) ? this.attrs.host : (hosts[0] ?? '');
    this.renderTree(rows, shown);
    const addable = addableHosts(lab);
    this.piece('add').hidden = addable.length === 0 || lab.vcenter.clusters.length === 0;
    setOptions(this.piece<HTMLSelectElement>('add-host'), addable);
    setOptions(this.piece<HTMLSelectElement>('add-cluster'), lab.vcenter.clusters);
    this.renderSummary(hostSummary(lab, shown));
  }

  private renderTree(rows: TreeRow[], shown: string) {
    const list = this.piece('tree');
    const known = new Map([...list.children].map((item) => [(item as HTMLElement).dataset.key, item as HTMLElement]));
    const items = rows.map((row) => {
      const existing = known.get(row.key);
      const item = existing && Boolean(existing.querySelector('button')) === Boolean(row.host) ? existing : rowItem(row);
      item.style.setProperty('--level', String(row.level));
      setText(item.querySelector('.esxi-vc__icon')!, row.icon);
      setText(item.querySelector('[data-part="name"]')!, row.name);
      setText(item.querySelector('[data-part="detail"]')!, `(${row.detail})`);
      const button = item.querySelector('button');
      if (button) {
        if (row.host === shown) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
      return item;
    });
    if (items.length !== list.children.length || items.some((item, i) => list.children[i] !== item)) list.replaceChildren(...items);
  }

  private renderSummary(summary: HostSummaryModel | null) {
    const box = this.piece('summary');
    box.hidden = !summary;
    if (!summary) return;
    box.dataset.host = summary.host;
    setText(this.piece('title'), summary.title);
    const fields = this.piece('fields');
    const texts = summary.fields.flatMap((field) => [field.label, field.value]);
    if ([...fields.querySelectorAll('dt, dd')].map((node) => node.textContent).join('\n') !== texts.join('\n')) {
      fields.replaceChildren(...summary.fields.map((field) => el('div', {}, el('dt', {}, field.label), el('dd', {}, field.value))));
    }
    const actions = this.piece('actions');
    actions.setAttribute('aria-label', text.hostActions(summary.host));
    this.setButton(actions.querySelector('[data-action="maintenance"]')!, summary.maintenance.label, summary.maintenance.action);
    this.setButton(actions.querySelector('[data-action="connection"]')!, summary.connection.label, summary.connection.action);
    this.renderVms(summary);
  }

  private setButton(button: HTMLButtonElement, label: string, value: string) {
    setText(button, label);
    button.dataset.value = value;
  }

  private renderVms(summary: HostSummaryModel) {
    this.piece('vm-box').setAttribute('aria-label', text.vmsHeading(summary.host));
    setText(this.piece('vms-caption'), text.vmsHeading(summary.host));
    this.piece('no-vms').hidden = summary.vms.length > 0;
    const body = this.piece('vms');
    const known = new Map([...body.children].map((row) => [(row as HTMLElement).dataset.vm, row as HTMLElement]));
    const rows = summary.vms.map((vm) => {
      const row = known.get(vm.id) ?? vmRow(vm);
      setText(row.querySelector('[data-part="vm-name"]')!, vm.name);
      setText(row.querySelector('[data-part="power"]')!, vm.powerText);
      this.setButton(row.querySelector('[data-action="power"]')!, vm.powerLabel, vm.on ? 'off' : 'on');
      (row.querySelector('[data-action="migrate"]') as HTMLElement).hidden = vm.targets.length === 0;
      const select = row.querySelector('select')!;
      setOptions(select, vm.targets);
      select.setAttribute('aria-label', vm.migrateLabel);
      return row;
    });
    if (rows.length !== body.children.length || rows.some((row, i) => body.children[i] !== row)) body.replaceChildren(...rows);
  }
}

defineElement('esxi-vcenter-inventory', VcenterInventoryElement);
