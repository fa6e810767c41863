import { lbtMoves, type TeamingPolicyId } from '#sim-core/network';
import type { HostState } from '#sim-core/core';
import { MAX_TICK_MS } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { replaceTexts, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineLabWidget } from '../shared/define';
import { watchClock } from '../shared/visibility';
import { LBT_TEXT as T } from './strings';
import { lbtChart, loadEvents, moveText, teamingOf, uplinkRows } from './lbt-view';

const SKIP_MS = Math.min(30_000, MAX_TICK_MS);

/** Each uplink's utilisation second by second, LBT's moves, and the port group's teaming switch. */
class LbtChartElement extends LabWidget {
  private portGroup = 'VM Network';
  /** The newest move already drawn (null before the first render): only later ones are announced. */
  private seen: string | null = null;

  protected setup() {
    this.portGroup = this.getAttribute('portgroup') ?? 'VM Network';
    this.keep(watchClock(this, this.attrs.lab, 'live'));
    this.listen(this, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio' && input.checked) sendEvent(this.attrs.lab, { type: 'teaming', portGroup: this.portGroup, policy: input.value as TeamingPolicyId });
    });
    this.listen(this, 'click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'skip') sendEvent(this.attrs.lab, { type: 'tick', ms: SKIP_MS });
      if (action === 'load') this.load();
    });
  }

  private load() {
    const lab = this.lab();
    const vmnic = this.querySelector<HTMLSelectElement>('[data-field="uplink"]')!.value;
    const text = this.querySelector<HTMLInputElement>('[data-field="mbps"]')!.value.trim();
    const mbps = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!lab || !(mbps <= 10_000)) return;
    for (const event of loadEvents(lab, this.attrs.host, this.portGroup, vmnic, mbps)) sendEvent(this.attrs.lab, event);
  }

  protected render(_host: HostState) {
    const lab = this.lab()!;
    const host = this.attrs.host;
    const teaming = teamingOf(lab, host, this.portGroup);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === teaming;
    const chart = lbtChart(lab, host);
    for (const line of this.querySelectorAll('polyline')) line.setAttribute('points', chart.lines[line.dataset.uplink ?? ''] ?? '');
    this.querySelector('path')!.setAttribute('d', chart.marks);
    for (const row of uplinkRows(lab, host, this.portGroup)) {
      const tr = this.querySelector<HTMLElement>(`tr[data-uplink="${row.vmnic}"]`);
      if (!tr) continue;
      tr.dataset.hot = String(row.hot);
      for (const field of ['utilisation', 'offered', 'ports'] as const) setText(tr.querySelector(`[data-field="${field}"]`)!, row[field]);
    }
    const moves = lbtMoves(lab, host);
    replaceTexts(this.querySelector('[data-part="moves"]')!, 'li', moves.length ? moves.map(moveText) : [T.noMoves]);
    // Announce only moves made while the reader is here, the newest one.
    const last = moves[moves.length - 1];
    const key = last ? `${last.timeMs}:${last.portId}` : '';
    if (this.seen !== null && key !== this.seen && last) setText(this.querySelector('[data-part="announce"]')!, moveText(last));
    this.seen = key;
  }
}

defineLabWidget('esxi-lbt-chart', LbtChartElement);
