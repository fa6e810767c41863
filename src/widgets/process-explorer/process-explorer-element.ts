import type { HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { PROCESS_EXPLORER_TEXT } from './strings';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { matchesFilter, worldRows } from './world-rows';

/** The host's worlds and init-script services, redrawn from the lab; stop and start act on it. */
class ProcessExplorerElement extends LabWidget {
  protected setup() {
    this.listen(this.querySelector('input')!, 'input', () => {
      const host = this.host();
      if (host) this.render(host);
    });
    this.listen(this, 'click', this.onClick);
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-service]');
    if (!button) return;
    const host = this.host();
    const service = button.dataset.service!;
    const running = host?.services.running[service] !== false;
    sendEvent(this.attrs.lab, { type: 'service', host: this.attrs.host, service, action: running ? 'stop' : 'start' });
  };

  protected render(host: HostState) {
    const text = PROCESS_EXPLORER_TEXT;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-service]')) {
      const service = item.dataset.service!;
      const running = host.services.running[service] !== false;
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

defineElement('esxi-process-explorer', ProcessExplorerElement);
