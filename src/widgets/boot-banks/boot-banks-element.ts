import type { HostState } from '#sim-core/core';
import { setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { bankViews, type BankView } from './bank-view';
import { defineElement } from '../shared/define';

/** Both boot banks, redrawn from the lab whenever the shell or the console changes them. */
class BootBanksElement extends LabWidget {
  private lastSummary = '';

  protected render(host: HostState) {
    const views = bankViews(host);
    views.forEach((view, index) => this.renderBank(index, view));
    const summary = views.map((view) => `${view.label}: ${view.build}, ${view.mountedAs}, bootstate ${view.bootstate}${view.bootsNext ? ', boots next' : ''}`).join('; ');
    if (this.lastSummary && summary !== this.lastSummary) setText(this.querySelector('.esxi-banks__status')!, `Boot banks changed. ${summary}`);
    this.lastSummary = summary;
  }

  private renderBank(index: number, view: BankView) {
    const card = this.querySelector<HTMLElement>(`[data-bank="${index}"]`);
    if (!card) return;
    card.dataset.booted = String(view.booted);
    const values: Record<string, string> = { ...view, partition: String(view.partition), roleNote: `${view.booted ? 'booted' : 'standby'}${view.bootsNext ? ', boots next' : ''}` } as unknown as Record<string, string>;
    for (const field of card.querySelectorAll<HTMLElement>('[data-field]')) {
      setText(field, values[field.dataset.field!] ?? '');
    }
  }
}

defineElement('esxi-boot-banks', BootBanksElement);
