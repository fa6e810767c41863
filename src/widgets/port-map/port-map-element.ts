import { CLIENTS, tryConnection } from '#sim-core/services';
import type { ClientKind, HostState } from '#sim-core/core';
import { PORT_MAP_TEXT } from './strings';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { portRows } from './port-rows';

/**
 * The host, its clients and its ports. Trying a connection shows its path hop by hop; the
 * path is worked out again from the lab whenever it changes, so it is never stale.
 */
class PortMapElement extends LabWidget {
  /** Which client the reader last tried: a view choice, not lab state. */
  private client: ClientKind | null = null;

  protected setup() {
    this.listen(this, 'click', this.onClick);
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-client]');
    if (!button) return;
    this.client = button.dataset.client as ClientKind;
    const host = this.host();
    if (host) this.render(host);
  };

  protected render(host: HostState) {
    const lab = this.lab()!;
    for (const row of portRows(host)) {
      const tr = this.querySelector<HTMLElement>(`tr[data-port="${row.key}"]`);
      if (!tr) continue;
      tr.dataset.open = String(row.open);
      setText(tr.querySelector('[data-field="now"]')!, row.now);
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-client]')) button.setAttribute('aria-pressed', String(button.dataset.client === this.client));
    if (this.client) this.renderConnection(tryConnection(lab, this.client, host.id));
  }

  private renderConnection(connection: ReturnType<typeof tryConnection>) {
    const label = CLIENTS.find((client) => client.kind === connection.client)?.label ?? connection.client;
    const host = this.attrs!.host;
    setText(this.querySelector('[data-part="summary"]')!, connection.ok ? PORT_MAP_TEXT.connected(label, host) : PORT_MAP_TEXT.failed(label, host, connection.because ?? ''));
    const hops = connection.hops.map((hop) => {
      const item = document.createElement('li');
      item.dataset.ok = String(hop.ok);
      item.textContent = `${hop.from} → ${hop.to} on ${hop.port}: ${hop.note}`;
      return item;
    });
    this.querySelector('[data-part="hops"]')!.replaceChildren(...hops);
  }
}

defineElement('esxi-port-map', PortMapElement);
