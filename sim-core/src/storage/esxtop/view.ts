/**
 * What an interactive esxtop shows and how its keys change it: a value the terminal keeps while
 * esxtop is open. Pure: a key and a view give the next view; quitting is a view too.
 */
import type { Column } from '../counters';
import { DISK_FIELDS, isFieldLetter, type FieldLetter } from './fields';

export type EsxtopPanel = 'cpu' | 'disk-device';

export interface EsxtopView {
  panel: EsxtopPanel;
  /** The field screen open over the panel: `f` to toggle groups, `o` to move them. */
  editing: 'fields' | 'order' | null;
  /** The disk device panel's groups in display order, and which of them show. */
  order: readonly FieldLetter[];
  shown: readonly FieldLetter[];
  quit: boolean;
}

/** esxtop starts on the CPU panel; the disk device panel shows only the device names until fields are added. */
export const START_VIEW: EsxtopView = { panel: 'cpu', editing: null, order: DISK_FIELDS.map((group) => group.letter), shown: ['A'], quit: false };

/** The device name (A) names every row, so the lab keeps it shown. */
const toggled = (shown: readonly FieldLetter[], letter: FieldLetter) =>
  letter === 'A' ? shown : shown.includes(letter) ? shown.filter((known) => known !== letter) : [...shown, letter];

/** Moves `letter` one place left (or right) in the order. */
function moved(order: readonly FieldLetter[], letter: FieldLetter, by: -1 | 1): FieldLetter[] {
  const next = [...order];
  const at = next.indexOf(letter);
  const to = at + by;
  if (at < 0 || to < 0 || to >= next.length) return next;
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

/** On a field screen, a field's letter acts on it and any other key returns to the panel. */
function onFieldScreen(view: EsxtopView, key: string): EsxtopView {
  const upper = key.toUpperCase();
  if (key.length !== 1 || !isFieldLetter(upper)) return { ...view, editing: null };
  if (view.editing === 'fields') return { ...view, shown: toggled(view.shown, upper) };
  return { ...view, order: moved(view.order, upper, key === upper ? -1 : 1) };
}

/** The view after a key (KeyboardEvent.key names: `u`, `f`, `Escape`). */
export function esxtopKey(view: EsxtopView, key: string): EsxtopView {
  if (view.editing) return key === 'Escape' ? { ...view, editing: null } : onFieldScreen(view, key);
  if (key === 'q' || key === 'Escape') return { ...view, quit: true };
  if (key === 'u') return { ...view, panel: 'disk-device' };
  if (key === 'c') return { ...view, panel: 'cpu' };
  // The field screens belong to a panel; the lab models them for the disk device panel.
  if ((key === 'f' || key === 'o') && view.panel === 'disk-device') return { ...view, editing: key === 'f' ? 'fields' : 'order' };
  return view;
}

/** The counter columns the disk device panel shows, in the view's order (after DEVICE). */
export const shownColumns = (view: EsxtopView): Column[] =>
  view.order.filter((letter) => view.shown.includes(letter)).flatMap((letter) => DISK_FIELDS.find((group) => group.letter === letter)!.columns);

/** The field screens' order string: shown groups in upper case (`AOh`). */
export const fieldOrder = (view: EsxtopView): string => view.order.map((letter) => (view.shown.includes(letter) ? letter : letter.toLowerCase())).join('');
