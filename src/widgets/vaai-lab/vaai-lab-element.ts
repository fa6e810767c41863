import type { HostState, Outcome } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { replaceTexts, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { VAAI_LAB_TEXT } from './strings';
import { announcement, jobRows, settingRows, skipMs, stormLines, type JobRow } from './vaai-view';

const PARTS = ['title', 'mode', 'bar', 'bytes', 'time', 'note'] as const;

function jobItem(key: string): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.job = key;
  for (const part of PARTS) {
    const p = document.createElement('p');
    if (part === 'bar') {
      p.className = 'esxi-vaai__bar';
      const progress = document.createElement('progress');
      progress.max = 100;
      const percent = document.createElement('span');
      percent.dataset.part = 'percent';
      p.append(progress, ' ', percent);
    } else p.dataset.part = part;
    item.append(p);
  }
  return item;
}

function updateJob(item: HTMLElement, row: JobRow) {
  item.dataset.mode = row.mode;
  item.dataset.done = String(row.done);
  item.dataset.elapsedMs = String(row.elapsedMs);
  const fields = { title: row.title, mode: row.modeText, bytes: row.bytes, time: row.time, note: row.note, percent: row.percentText };
  for (const [part, value] of Object.entries(fields)) setText(item.querySelector(`[data-part="${part}"]`)!, value);
  const progress = item.querySelector('progress')!;
  if (progress.value !== row.percent) progress.value = row.percent;
  if (progress.getAttribute('aria-label') !== row.progressLabel) progress.setAttribute('aria-label', row.progressLabel);
}

/**
 * The VAAI lab: the host's three VAAI settings as switches, buttons that start a clone, a zeroed
 * disk and a boot storm, and each job's progress on the lab's clock. Everything it shows is
 * read again from the lab on every change, so the terminal and the switches never disagree.
 */
class VaaiLabElement extends LabWidget {
  protected setup() {
    this.listen(this, 'change', this.onChange);
    this.listen(this, 'click', this.onClick);
  }

  private onChange = (event: Event) => {
    const input = (event.target as HTMLElement).closest<HTMLInputElement>('input[data-name]');
    if (!input) return;
    this.showRefusal(sendEvent(this.attrs.lab, { type: 'storage-setting', host: input.dataset.host!, name: input.dataset.name!, value: input.checked ? 1 : 0 }));
  };

  /** What the lab said when it refused a click (a full datastore, a host that is down), until the next one. */
  private showRefusal(outcome: Outcome | undefined) {
    setText(this.querySelector('[data-part="refused"]')!, outcome?.refused?.message ?? '');
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const lab = this.lab();
    if (!button || !lab) return;
    const { lab: id, host } = this.attrs;
    const action = button.dataset.action;
    if (action === 'clone' || action === 'zero') this.showRefusal(sendEvent(id, { type: 'storage-workload', workload: action, host }));
    else if (action === 'storm') this.showRefusal(sendEvent(id, { type: 'storage-workload', workload: 'boot-storm' }));
    else if (action === 'skip') {
      const ms = skipMs(lab);
      if (ms > 0) sendEvent(id, { type: 'tick', ms });
      else setText(this.querySelector('[data-part="status"]')!, VAAI_LAB_TEXT.nothingRuns);
    }
  };

  protected render(host: HostState) {
    const lab = this.lab()!;
    for (const row of settingRows(lab, host.id)) {
      const item = this.querySelector<HTMLElement>(`li[data-setting="${row.key}"]`);
      if (!item) continue;
      const input = item.querySelector('input')!;
      if (input.checked !== row.on) input.checked = row.on;
      setText(item.querySelector('[data-part="value"]')!, row.value);
    }
    setText(this.querySelector('[data-part="status"]')!, announcement(lab, host.id));
    this.renderJobs(jobRows(lab, host.id));
    const storm = stormLines(lab);
    (this.querySelector('[data-part="no-storm"]') as HTMLElement).hidden = storm.length > 0;
    replaceTexts(this.querySelector('[data-part="storm"]')!, 'li', storm);
  }

  private renderJobs(rows: JobRow[]) {
    const list = this.querySelector<HTMLOListElement>('[data-part="jobs"]')!;
    (this.querySelector('[data-part="no-jobs"]') as HTMLElement).hidden = rows.length > 0;
    const known = new Map([...list.children].map((item) => [(item as HTMLElement).dataset.job, item as HTMLElement]));
    const items = rows.map((row) => {
      const item = known.get(row.key) ?? jobItem(row.key);
      updateJob(item, row);
      return item;
    });
    if (items.length !== list.children.length || items.some((item, i) => list.children[i] !== item)) list.replaceChildren(...items);
  }
}

defineElement('esxi-vaai-lab', VaaiLabElement);
