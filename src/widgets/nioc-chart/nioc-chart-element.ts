import { NIOC_POOL_IDS, type NiocPoolId } from '#sim-core/network';
import type { HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { mbps } from '../shared/chart';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineLabWidget } from '../shared/define';
import { watchClock } from '../shared/visibility';
import { NIOC_TEXT as T } from './strings';
import { niocAreas, niocRows, parseMbps, parseShares, uplinkTotal } from './nioc-view';

/**
 * One uplink's traffic by NIOC pool, second by second, with the pools' settings (vCenter)
 * and demand on this host. Time runs while the chart is on screen, unless paused.
 */
class NiocChartElement extends LabWidget {
  private vmnic = 'vmnic0';
  private clock: (() => void) | null = null;

  protected setup() {
    this.vmnic = this.getAttribute('vmnic') ?? 'vmnic0';
    this.run(true);
    this.keep(() => this.run(false));
    this.listen(this, 'change', (event) => this.commit(event.target as HTMLInputElement));
    this.listen(this, 'click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'step') sendEvent(this.attrs.lab, { type: 'tick', ms: 1000 });
      if (action === 'pause') this.run(this.clock === null);
    });
  }

  private run(on: boolean) {
    this.clock?.();
    this.clock = on ? watchClock(this, this.attrs.lab, 'live') : null;
    const button = this.querySelector<HTMLElement>('[data-action="pause"]');
    if (button) {
      button.setAttribute('aria-pressed', String(!on));
      setText(button, on ? T.pause : T.play);
    }
  }

  private commit(input: HTMLInputElement | HTMLSelectElement) {
    const field = input.dataset.field;
    const pool = input.closest<HTMLElement>('tr[data-pool]')?.dataset.pool as NiocPoolId | undefined;
    const lab = this.attrs.lab;
    if (field === 'uplink') {
      this.vmnic = input.value;
      return this.redraw();
    }
    if (!pool || !NIOC_POOL_IDS.includes(pool)) return;
    if (field === 'shares' && input.value === 'custom') return this.querySelector<HTMLInputElement>(`tr[data-pool="${pool}"] [data-field="custom"]`)?.focus();
    if (field === 'shares') sendEvent(lab, { type: 'nioc-shares', pool, shares: input.value as 'low' | 'normal' | 'high' });
    if (field === 'custom') {
      const shares = parseShares(input.value);
      if (shares !== undefined) sendEvent(lab, { type: 'nioc-shares', pool, shares });
    }
    if (field === 'limit') {
      const limit = parseMbps(input.value);
      if (limit !== undefined) sendEvent(lab, { type: 'nioc-limit', pool, limitMbps: limit });
    }
    if (field === 'demand') {
      const demand = parseMbps(input.value);
      if (typeof demand === 'number') sendEvent(lab, { type: 'net-demand', host: this.attrs.host, pool, mbps: demand });
    }
    this.redraw(true);
  }

  private redraw(force = false) {
    const host = this.host();
    if (host) this.render(host, force);
  }

  protected render(_host: HostState, force = false) {
    const lab = this.lab()!;
    const host = this.attrs.host;
    const active = document.activeElement;
    const total = uplinkTotal(lab, host, this.vmnic);
    setText(this.querySelector('[data-part="total"]')!, T.total(total.used, total.capacity, total.saturated));
    setText(this.querySelector('[data-part="caption"]')!, T.caption(this.vmnic));
    this.querySelector('svg')!.setAttribute('aria-label', T.chart(this.vmnic, host));
    const areas = niocAreas(lab, host, this.vmnic, NIOC_POOL_IDS);
    this.querySelectorAll('polygon').forEach((polygon, i) => polygon.setAttribute('points', areas[i] ?? ''));
    for (const row of niocRows(lab, host, this.vmnic)) {
      const tr = this.querySelector(`tr[data-pool="${row.pool}"]`)!;
      setText(tr.querySelector('[data-field="now"]')!, mbps(row.nowMbps));
      // A field the reader is typing in keeps what they typed.
      const put = (name: string, value: string) => {
        const input = tr.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
        if ((force || input !== active) && input.value !== value) input.value = value;
      };
      put('demand', row.demand);
      tr.querySelector<HTMLInputElement>('[data-field="demand"]')!.placeholder = row.demandHint;
      put('shares', row.choice);
      put('custom', String(row.shares));
      put('limit', row.limit);
    }
  }
}

defineLabWidget('esxi-nioc-chart', NiocChartElement);
