import { NIOC_POOL_IDS, type NiocPoolId } from '#sim-core/network';
import { sendEvent } from '../../stores/labs';
import { mbps, parseMbps } from '../shared/chart';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { bindTimeControls } from '../shared/time-controls';
import { NIOC_TEXT as T } from './strings';
import { niocAreas, niocNow, parseShares } from './nioc-view';

/**
 * One uplink's traffic by NIOC pool, second by second, with the pools' settings (vCenter)
 * and their demand on this host. Time runs while the chart is on screen.
 */
class NiocChartElement extends LabWidget {
  protected setup() {
    this.keep(bindTimeControls(this, this.attrs.lab));
    this.listen(this, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      const { lab, host } = this.attrs;
      const field = input.dataset.field;
      if (field === 'uplink') return this.showUplink(input.value);
      if (!field) return;
      const pool = input.closest('tr')!.dataset.pool as NiocPoolId;
      const n = field === 'custom' ? parseShares(input.value) : parseMbps(input.value);
      if (field === 'shares') {
        if (input.value === 'custom') return (input.nextElementSibling as HTMLElement).focus();
        sendEvent(lab, { type: 'nioc-shares', pool, shares: input.value as 'low' });
      }
      // Only a limit may be empty (no limit); a demand or a custom share must be a number.
      const accepted = field === 'shares' || (field === 'limit' ? n !== undefined : typeof n === 'number');
      if (accepted && field === 'custom') sendEvent(lab, { type: 'nioc-shares', pool, shares: n! });
      if (accepted && field === 'limit') sendEvent(lab, { type: 'nioc-limit', pool, limitMbps: n! });
      if (accepted && field === 'demand') sendEvent(lab, { type: 'net-demand', host, pool, mbps: n! });
      setText(this.querySelector('[data-part="refused"]')!, accepted ? '' : T.refused(input.value, T.rules[field as 'demand']));
      this.draw(true);
    });
  }

  protected render() {
    this.draw(false);
  }

  /** Another uplink of the team: a view choice (the lab is the same). */
  private showUplink(vmnic: string) {
    this.setAttribute('vmnic', vmnic);
    this.querySelector('[data-part="chart"]')!.setAttribute('aria-label', T.chart(vmnic, this.attrs.host));
    setText(this.querySelector('[data-part="caption"]')!, T.caption(vmnic));
    this.draw(false);
  }

  private draw(force: boolean) {
    const lab = this.lab()!;
    const { host } = this.attrs;
    const vmnic = this.getAttribute('vmnic')!;
    const now = niocNow(lab, host, vmnic);
    setText(this.querySelector('[data-part="total"]')!, T.total(now.used, now.capacity, now.saturated));
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

defineElement('esxi-nioc-chart', NiocChartElement);
