import { lbtMoves, type TeamingPolicyId } from '#sim-core/network';
import { sendEvent } from '../../stores/labs';
import { refusedText } from '../shared/chart';
import { el, replaceTexts, setText, typedNumber } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { bindTimeControls } from '../shared/time-controls';
import { LBT_TEXT as T } from './strings';
import { DEFAULT_LBT_PORTGROUP, labelStyle, lbtChart, loadEvents, moveText, SKIP_MS, teamingOf, uplinkRows } from './lbt-view';

/** Each uplink's traffic (Mb/s) second by second with LBT's moves labelled on it, the moves as a list, and the port group's teaming switch. */
class LbtChartElement extends LabWidget {
  private pg = DEFAULT_LBT_PORTGROUP;
  /** The newest move already shown (null before the first render): only later ones are announced. */
  private seen: string | null = null;
  private labelled = '';

  protected setup() {
    const { lab, host } = this.attrs;
    this.pg = this.getAttribute('portgroup') ?? this.pg;
    this.keep(bindTimeControls(this, lab));
    this.listen(this, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio') sendEvent(lab, { type: 'teaming', portGroup: this.pg, policy: input.value as TeamingPolicyId });
    });
    this.listen(this, 'click', (event) => {
      const action = (event.target as HTMLElement).dataset.action;
      if (action === 'skip') sendEvent(lab, { type: 'tick', ms: SKIP_MS });
      const value = (name: string) => this.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!.value;
      if (action !== 'load') return;
      // Every port on the uplink gets the demand typed; the lab refuses a bad one for each alike.
      const refused = loadEvents(this.lab()!, host, this.pg, value('uplink'), typedNumber(value('mbps'))).map((e) => sendEvent(lab, e)?.refused).find(Boolean);
      setText(this.querySelector('[data-part="refused"]')!, refused ? refusedText(value('mbps'), refused.message) : '');
    });
  }

  protected render() {
    const lab = this.lab()!;
    const { host } = this.attrs;
    const teaming = teamingOf(lab, host, this.pg);
    for (const radio of this.querySelectorAll<HTMLInputElement>('[type="radio"]')) radio.checked = radio.value === teaming;
    const chart = lbtChart(lab, host);
    for (const line of this.querySelectorAll('polyline')) line.setAttribute('points', chart.lines[line.dataset.uplink!] ?? '');
    this.querySelector('path')!.setAttribute('d', chart.marks);
    const labels = chart.labels.map((label) => [labelStyle(label), label.text]);
    // Rebuilt only when a label moved or changed (each second while one is in the window).
    if (JSON.stringify(labels) !== this.labelled) {
      this.labelled = JSON.stringify(labels);
      this.querySelector('[data-part="labels"]')!.replaceChildren(...labels.map(([style, text]) => el('li', { style: style! }, el('span', {}, T.markPort), text!)));
    }
    for (const row of uplinkRows(lab, host, this.pg)) {
      const tr = this.querySelector<HTMLElement>(`tr[data-uplink="${row.vmnic}"]`)!;
      tr.dataset.hot = String(row.hot);
      for (const field of ['carried', 'utilisation', 'offered', 'ports'] as const) setText(tr.querySelector(`[data-field="${field}"]`)!, row[field]);
    }
    const moves = lbtMoves(lab, host);
    replaceTexts(this.querySelector('[data-part="moves"]')!, 'li', moves.length ? moves.map(moveText) : [T.noMoves]);
    const last = moves[moves.length - 1];
    const key = last ? last.timeMs + last.portId : '';
    if (this.seen !== null && last && key !== this.seen) setText(this.querySelector('[data-part="announce"]')!, moveText(last));
    this.seen = key;
  }
}

defineElement('esxi-lbt-chart', LbtChartElement);
