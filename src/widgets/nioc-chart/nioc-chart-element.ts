import { NIOC_POOL_IDS, type NiocPoolId } from '#sim-core/network';
import { sendEvent } from '../../stores/labs';
import { mbps } from '../shared/chart';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineLabWidget } from '../shared/define';
import { watchClock } from '../shared/visibility';
import { NIOC_TEXT as T } from './strings';
import { niocAreas, niocNow, parseMbps, parseShares } from './nioc-view';

/**
 * One uplink's traffic by NIOC pool, second by second, with the pools' settings (vCenter)
 * and their demand on this host. Time runs while the chart is on screen.
 */
class NiocChartElement extends LabWidget {
  protected setup() {
    this.keep(watchClock(this, this.attrs.lab, 'live'));
    this.listen(this, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      const { lab, host } = this.attrs;
      const field = input.dataset.field;
      const pool = input.closest('tr')!.dataset.pool as NiocPoolId;
      const n = field === 'custom' ? parseShares(input.value) : parseMbps(input.value);
      if (field === 'shares') {
        if (input.value === 'custom') return (input.nextElementSibling as HTMLElement).focus();
        sendEvent(lab, { type: 'nioc-shares', pool, shares: input.value as 'low' });
      }
      if (field === 'custom' && n) sendEvent(lab, { type: 'nioc-shares', pool, shares: n });
      if (field === 'limit' && n !== undefined) sendEvent(lab, { type: 'nioc-limit', pool, limitMbps: n });
      if (field === 'demand' && typeof n === 'number') sendEvent(lab, { type: 'net-demand', host, pool, mbps: n });
      this.draw(true);
    });
  }

  protected render() {
    this.draw(false);
  }

  private draw(force: boolean) {
    const lab = this.lab()!;
    const { host } = this.attrs;
    const vmnic = this.getAttribute('vmnic')!;
    const now = niocNow(lab, host, vmnic);
    setText(this.querySelector('p')!, T.total(now.used, now.capacity, now.saturated));
    const areas = niocAreas(lab, host, vmnic, NIOC_POOL_IDS);
    this.querySelectorAll('polygon').forEach((polygon, i) => polygon.setAttribute('points', areas[i]!));
    for (const row of now.rows) {
      const tr = this.querySelector(`tr[data-pool="${row.pool}"]`)!;
      setText(tr.querySelector('[data-field="now"]')!, mbps(row.nowMbps));
      // A field the reader is typing in keeps what they typed.
      for (const [name, value] of [['demand', row.demand], ['shares', row.choice], ['custom', String(row.shares)], ['limit', row.limit]]) {
        const input = tr.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
        if (force || input !== document.activeElement) input.value = value!;
      }
    }
  }
}

defineLabWidget('esxi-nioc-chart', NiocChartElement);
