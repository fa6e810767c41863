import { defineElement } from '../shared/define';
import { statusText, tableView, toggleColumn, type Shown, type VersionTable } from './filter';
import { HISTORY_TEXT } from './strings';

/**
 * <esxi-version-table>: shows or hides versions and rows of the server-rendered table. The
 * table's data is read back from its own cells, so the data file is shipped only once.
 */
class VersionTableElement extends HTMLElement {
  #table: VersionTable = { columns: [], features: [] };
  #shown: Shown = [];
  #onlyDiffering = false;

  connectedCallback() {
    this.#table = this.#readTable();
    this.#shown = this.#columnBoxes().map((box) => box.checked);
    this.#onlyDiffering = this.querySelector<HTMLInputElement>('[data-differ]')?.checked ?? false;
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    this.#render(false);
  }

  disconnectedCallback() {
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('click', this.#onClick);
  }

  #readTable(): VersionTable {
    const columns = [...this.querySelectorAll<HTMLElement>('thead th[data-col]')].map((th) => th.textContent?.trim() ?? '');
    const features = [...this.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((tr) => ({
      feature: tr.dataset.feature ?? '',
      values: [...tr.querySelectorAll<HTMLElement>('td[data-col]')].map((td) => td.dataset.value ?? ''),
    }));
    return { columns, features };
  }

  #columnBoxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-column]')];
  }

  #render(announce: boolean, prefix = '') {
    const view = tableView(this.#table, this.#shown, this.#onlyDiffering);
    this.#columnBoxes().forEach((box, index) => (box.checked = view.columns[index] === true));
    for (const cell of this.querySelectorAll<HTMLElement>('[data-col]')) cell.hidden = !view.columns[Number(cell.dataset.col)];
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-row]')) row.hidden = !view.rows[Number(row.dataset.row)];
    for (const note of this.querySelectorAll<HTMLElement>('[data-note-row]')) note.hidden = !view.rows[Number(note.dataset.noteRow)];
    const status = this.querySelector<HTMLElement>('[data-status]');
    const text = `${prefix}${statusText(this.#table, this.#shown, this.#onlyDiffering)}`;
    if (status && (announce || status.textContent !== text)) status.textContent = text;
  }

  #onChange = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !this.contains(input)) return;
    if (input.dataset.differ !== undefined) {
      this.#onlyDiffering = input.checked;
      this.#render(true);
    } else if (input.dataset.column !== undefined) {
      const result = toggleColumn(this.#shown, Number(input.dataset.column), input.checked);
      this.#shown = result.shown;
      this.#render(true, result.refused ? `${HISTORY_TEXT.versions.keepOne} ` : '');
    }
  };

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-preset]') : null;
    if (!button || !this.contains(button)) return;
    const flags = button.dataset.preset ?? '';
    if (flags.length !== this.#table.columns.length || !flags.includes('1')) return;
    this.#shown = [...flags].map((flag) => flag === '1');
    this.#render(true);
  };
}

defineElement('esxi-version-table', VersionTableElement);
