import { $labs, ensureLab, getLab } from '../../stores/labs';
import { readLabAttributes, type LabAttributes } from '../shared/attributes';
import { showWidgetError } from '../shared/widget-error';
import { bankViews, type BankView } from './bank-view';
import { defineWidget } from '../shared/define';

/** Both boot banks, redrawn from the lab whenever the shell or the console changes them. */
class BootBanksElement extends HTMLElement {
  private attrs: LabAttributes | null = null;
  private stop: (() => void) | null = null;
  private lastSummary = '';

  connectedCallback() {
    const attrs = readLabAttributes(this);
    if ('error' in attrs) return showWidgetError(this, attrs.error);
    this.attrs = attrs;
    ensureLab(attrs.lab, attrs.preset);
    this.stop = $labs.subscribe(() => this.render());
  }

  disconnectedCallback() {
    this.stop?.();
    this.stop = null;
  }

  private render() {
    const host = getLab(this.attrs!.lab)?.hosts[this.attrs!.host];
    if (!host) return;
    const views = bankViews(host);
    views.forEach((view, index) => this.renderBank(index, view));
    const summary = views.map((view) => `${view.label}: ${view.build}, ${view.mountedAs}, bootstate ${view.bootstate}${view.bootsNext ? ', boots next' : ''}`).join('; ');
    if (this.lastSummary && summary !== this.lastSummary) this.querySelector('.esxi-banks__status')!.textContent = `Boot banks changed. ${summary}`;
    this.lastSummary = summary;
  }

  private renderBank(index: number, view: BankView) {
    const card = this.querySelector<HTMLElement>(`[data-bank="${index}"]`);
    if (!card) return;
    card.dataset.booted = String(view.booted);
    const values: Record<string, string> = { ...view, partition: String(view.partition), roleNote: `${view.booted ? 'booted' : 'standby'}${view.bootsNext ? ', boots next' : ''}` } as unknown as Record<string, string>;
    for (const field of card.querySelectorAll<HTMLElement>('[data-field]')) {
      const text = values[field.dataset.field!] ?? '';
      if (field.textContent !== text) field.textContent = text;
    }
  }
}

defineWidget('esxi-boot-banks', BootBanksElement);
