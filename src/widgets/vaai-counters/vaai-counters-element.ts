import type { HostState } from '#sim-core/core';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { VAAI_COUNTERS_TEXT } from './strings';
import { counterTable, lockChart } from './counter-rows';

function row(cells: readonly string[], colSpan = 1): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    if (colSpan > 1) td.colSpan = colSpan;
    tr.append(td);
  }
  return tr;
}

/** esxtop's VAAI and reservation counters per LUN, and a per-second locking chart, redrawn as the lab's clock runs. */
class VaaiCountersElement extends LabWidget {
  private historyKey = '';

  protected setup() {
  }

  protected render(host: HostState) {
    const lab = this.lab()!;
    const table = counterTable(lab, host.id);
    setText(this.querySelector('[data-part="caption"]')!, table.caption);
    for (const { column, cells } of table.rows) {
      const tds = this.querySelectorAll(`tr[data-column="${column}"] td`);
      cells.forEach((cell, i) => tds[i] && setText(tds[i], cell));
    }
    const chart = lockChart(lab, host.id);
    if (!chart) return;
    setText(this.querySelector('[data-part="heading"]')!, chart.heading);
    for (const series of chart.series) {
      const box = this.querySelector(`[data-series="${series.key}"]`);
      if (!box) continue;
      setText(box.querySelector('[data-part="label"]')!, series.label);
      const path = box.querySelector('path')!;
      if (path.getAttribute('d') !== series.path) path.setAttribute('d', series.path);
    }
    setText(this.querySelector('[data-part="summary"]')!, chart.summary);
    const key = JSON.stringify(chart.table);
    if (key === this.historyKey) return;
    this.historyKey = key;
    const body = this.querySelector('[data-part="history"]')!;
    body.replaceChildren(...(chart.table.length === 0 ? [row([VAAI_COUNTERS_TEXT.quiet], 5)] : chart.table.map((cells) => row(cells))));
  }
}

defineElement('esxi-vaai-counters', VaaiCountersElement);
