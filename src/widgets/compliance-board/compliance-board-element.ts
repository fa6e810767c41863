import type { HostState, LabEvent, Outcome } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { el, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { BOARD_TEXT as text } from './strings';
import { attachTargets, boardModel, cellSignature, referenceHosts, type BoardCell, type BoardRow } from './board-view';

/** Sets a select's options to these values, keeping the reader's choice when it is still there. */
function setOptions(select: HTMLSelectElement, values: readonly string[], prefer?: string | null) {
  const current = [...select.options].map((option) => option.value);
  if (current.length !== values.length || current.some((value, i) => value !== values[i])) {
    const chosen = select.value;
    select.replaceChildren(...values.map((value) => el('option', { value }, value)));
    if (values.includes(chosen)) select.value = chosen;
  }
  if (prefer && values.includes(prefer) && select.value !== prefer) select.value = prefer;
}

/** A cell's content: its state, or a disclosure with its reasons (open on a tap or Enter, never on hover alone). */
function cellContent(cell: BoardCell): (Node | string)[] {
  if (cell.reasons.length === 0) return [cell.state];
  return [el('details', {}, el('summary', {}, cell.summary), el('ul', { 'aria-label': cell.reasonsLabel }, ...cell.reasons.map((reason) => el('li', {}, reason))))];
}

function rowElement(row: BoardRow): HTMLElement {
  return el('tr', { 'data-host': row.host }, el('th', { scope: 'row' }, row.host), el('td', { 'data-part': 'overall' }));
}

/**
 * The compliance board: create a profile from a host, attach it, check compliance, and read
 * the last check host by sub-profile, each difference behind a disclosure in its cell. Cells
 * whose results did not change keep their element, so a reader's open disclosure stays open.
 */
class ComplianceBoardElement extends LabWidget {
  /** The profile the reader picked to look at: a view choice. */
  private profile: string | null = null;

  protected setup() {
    this.listen(this, 'click', this.onClick);
    this.listen(this, 'change', this.onChange);
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  private onChange = (event: Event) => {
    if ((event.target as HTMLElement).dataset.part !== 'profile') return;
    this.profile = (event.target as HTMLSelectElement).value;
    this.redraw();
  };

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const lab = this.lab();
    if (!button || !lab) return;
    const profile = boardModel(lab, this.profile).profile;
    const target = this.piece<HTMLSelectElement>('target').value;
    const action = button.dataset.action;
    if (action === 'create') {
      const name = this.piece<HTMLInputElement>('name').value.trim();
      const fromHost = this.piece<HTMLSelectElement>('from').value;
      const outcome = this.send({ type: 'profile-create', name, fromHost }, text.done.create(name, fromHost));
      if (outcome && !outcome.refused) this.profile = name;
      this.redraw();
    } else if (action === 'attach' || action === 'detach') {
      // With no profile yet the lab refuses and says why (the profile "" does not exist).
      this.send({ type: action === 'attach' ? 'profile-attach' : 'profile-detach', profile: profile ?? '', target }, text.done[action](profile ?? '', target));
    } else if (action === 'check') {
      const outcome = this.send({ type: 'profile-check', profile: profile ?? '' }, '');
      if (outcome && !outcome.refused) {
        const rows = boardModel(this.lab()!, profile).rows;
        setText(this.piece('status'), text.done.check(rows.filter((row) => row.state === 'Compliant').length, rows.length));
      }
    }
  };

  /** Sends an event; the lab's reason goes to the alert when it refuses, `done` to the status when not. */
  private send(event: LabEvent, done: string): Outcome | undefined {
    const outcome = sendEvent(this.attrs.lab, event);
    setText(this.piece('refused'), outcome?.refused?.message ?? '');
    setText(this.piece('status'), outcome && !outcome.refused ? done : '');
    return outcome;
  }

  private redraw() {
    const host = this.host();
    if (host) this.render(host);
  }

  protected render(_host: HostState) {
    const lab = this.lab()!;
    const board = boardModel(lab, this.profile);
    this.profile = board.profile;
    this.piece('profile-row').hidden = board.profiles.length === 0;
    setOptions(this.piece<HTMLSelectElement>('profile'), board.profiles, board.profile);
    setOptions(this.piece<HTMLSelectElement>('from'), referenceHosts(lab));
    setOptions(this.piece<HTMLSelectElement>('target'), attachTargets(lab));
    setText(this.piece('reference'), board.reference);
    setText(this.piece('attached'), board.attached);
    setText(this.piece('caption'), board.caption);
    setText(this.piece('empty'), board.empty);
    this.piece('empty').hidden = board.empty === '';
    this.renderRows(board.rows);
  }

  private renderRows(rows: BoardRow[]) {
    const body = this.piece('rows');
    const known = new Map([...body.children].map((tr) => [(tr as HTMLElement).dataset.host, tr as HTMLElement]));
    const trs = rows.map((row) => {
      const tr = known.get(row.host) ?? rowElement(row);
      const overall = tr.querySelector<HTMLElement>('[data-part="overall"]')!;
      overall.dataset.state = row.state;
      setText(overall, row.state);
      const cells = row.cells.map((cell) => {
        const existing = tr.querySelector<HTMLElement>(`td[data-cell="${cell.key}"]`);
        if (existing && existing.dataset.signature === cellSignature(cell)) return existing;
        const td = el('td', { 'data-cell': cell.key, 'data-state': cell.state }, ...cellContent(cell));
        td.dataset.signature = cellSignature(cell);
        return td;
      });
      const wanted = [tr.firstElementChild!, overall, ...cells];
      if (wanted.length !== tr.children.length || wanted.some((node, i) => tr.children[i] !== node)) tr.replaceChildren(...wanted);
      return tr;
    });
    if (trs.length !== body.children.length || trs.some((tr, i) => body.children[i] !== tr)) body.replaceChildren(...trs);
  }
}

defineElement('esxi-compliance-board', ComplianceBoardElement);
