import { $labs, ensureLab, getLab, sendEvent } from '../../stores/labs';
import { PROCESS_EXPLORER_TEXT } from './strings';
import { readLabAttributes, type LabAttributes } from '../shared/attributes';
import { defineWidget } from '../shared/define';
import { showWidgetError } from '../shared/widget-error';
import { matchesFilter, worldRows } from './world-rows';

/** The host's worlds and init-script services, redrawn from the lab; stop and start act on it. */
class ProcessExplorerElement extends HTMLElement {
  private attrs: LabAttributes | null = null;
  private stop: (() => void) | null = null;

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    ensureLab(attrs.lab, attrs.preset);
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = false;
    this.querySelector('input')!.addEventListener('input', () => this.render());
    this.addEventListener('click', this.onClick);
    this.stop = $labs.subscribe(() => this.render());
  }

  disconnectedCallback() {
    this.stop?.();
    this.stop = null;
    this.removeEventListener('click', this.onClick);
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-service]');
    if (!button || !this.attrs) return;
    const host = getLab(this.attrs.lab)?.hosts[this.attrs.host];
    const service = button.dataset.service!;
    const running = host?.services?.running[service] !== false;
    sendEvent(this.attrs.lab, { type: 'service', host: this.attrs.host, service, action: running ? 'stop' : 'start' });
  };

  private render() {
    const host = getLab(this.attrs!.lab)?.hosts[this.attrs!.host];
    if (!host) return;
    const text = PROCESS_EXPLORER_TEXT;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-service]')) {
      const service = item.dataset.service!;
      const running = host.services?.running[service] !== false;
      setText(item.querySelector('[data-part="state"]')!, running ? text.running : text.stopped);
      setText(item.querySelector('button')!, running ? text.stop(service) : text.start(service));
    }
    const filter = this.querySelector('input')!.value;
    const rows = worldRows(host);
    let shown = 0;
    for (const row of rows) {
      const tr = this.querySelector<HTMLElement>(`tr[data-world="${CSS.escape(row.name)}"]`);
      if (!tr) continue;
      tr.dataset.running = String(row.running);
      tr.hidden = !matchesFilter(row, filter);
      if (!tr.hidden) shown++;
      for (const field of ['state', 'id', 'service', 'ports'] as const) setText(tr.querySelector(`[data-field="${field}"]`)!, row[field]);
    }
    setText(this.querySelector('.esxi-worlds__count')!, text.count(shown, rows.length));
  }
}

function setText(element: Element, value: string) {
  if (element.textContent !== value) element.textContent = value;
}

defineWidget('esxi-process-explorer', ProcessExplorerElement);
