import type { NiocPoolId } from '#sim-core/network';
import { sendEvent } from '../../stores/labs';
import type { LabEvent } from '#sim-core/core';
import { mbps, refusedText } from '../shared/chart';
import { setText, typedNumber } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { bindTimeControls } from '../shared/time-controls';
import { NIOC_TEXT as T } from './strings';
import { niocAreas, niocNow } from './nioc-view';

/**
 * One uplink's traffic by NIOC pool, second by second, with the pools' settings (vCenter)
 * and their demand on this host. Time runs while the chart is on screen.
 */
class NiocChartElement extends LabWidget {
  protected setup() {
    this.keep(bindTimeControls(this, this.attrs.lab));
    this.listen(this, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      const field = input.dataset.field;
      if (field === 'uplink') return this.showUplink(input.value);
      if (!field) return;
      if (field === 'shares' && input.value === 'custom') return (input.nextElementSibling as HTMLElement).focus();
      const event_ = this.eventFor(field, input.closest('tr')!.dataset.pool as NiocPoolId, input.value);
      const outcome = event_ && sendEvent(this.attrs.lab, event_);
      // The lab judges the value; a refusal is shown in its words, and the fields show the lab again.
      setText(this.querySelector('[data-part="refused"]')!, outcome?.refused ? refusedText(input.value, outcome.refused.message) : '');
      this.draw(true);
    });
  }

  /** The vCenter or traffic change a field asks for, with what was typed (an empty limit means none). */
  private eventFor(field: string, pool: NiocPoolId, typed: string): LabEvent | null {
    switch (field) {
      case 'shares': return { type: 'nioc-shares', pool, shares: typed as 'low' };
      case 'custom': return { type: 'nioc-shares', pool, shares: typedNumber(typed) };
      case 'limit': return { type: 'nioc-limit', pool, limitMbps: typed.trim() === '' ? null : typedNumber(typed) };
      case 'demand': return { type: 'net-demand', host: this.attrs.host, pool, mbps: typedNumber(typed) };
      default: return null;
    }
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
    const areas = niocAreas(lab, host, vmnic);
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
