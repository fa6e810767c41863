/**
 * The version table's rules, free of the DOM: which columns and rows are shown, the quick
 * choices offered for the data's columns, and the status line that says what is shown.
 */
import { HISTORY_TEXT, joinAnd } from './strings';

export interface VersionRow {
  feature: string;
  values: readonly string[];
  note?: string;
}

export interface VersionTable {
  columns: readonly string[];
  features: readonly VersionRow[];
}

/** One flag per column: shown or not. */
export type Shown = readonly boolean[];

export interface TableView {
  columns: Shown;
  /** One flag per feature row. */
  rows: Shown;
  /** Whether "only rows that differ" is in force (it needs two versions to compare). */
  differApplies: boolean;
}

/** "ESXi 4.1" is the family "ESXi" at version "4.1"; a name without a space is all family. */
export function splitColumn(column: string): { family: string; version: string } {
  const space = column.lastIndexOf(' ');
  return space < 0 ? { family: column, version: '' } : { family: column.slice(0, space), version: column.slice(space + 1) };
}

export function families(columns: readonly string[]): string[] {
  return unique(columns.map((column) => splitColumn(column).family));
}

export function versions(columns: readonly string[]): string[] {
  return unique(columns.map((column) => splitColumn(column).version).filter((version) => version !== ''));
}

/** Whether a row's values differ between the shown columns (the same text counts as the same). */
export function rowDiffers(values: readonly string[], shown: Shown): boolean {
  const visible = values.filter((_, index) => shown[index]);
  return visible.some((value) => value !== visible[0]);
}

export function tableView(table: VersionTable, shown: Shown, onlyDiffering: boolean): TableView {
  const differApplies = onlyDiffering && count(shown) >= 2;
  return {
    columns: table.columns.map((_, index) => shown[index] === true),
    rows: table.features.map((row) => !differApplies || rowDiffers(row.values, shown)),
    differApplies,
  };
}

/**
 * Shows or hides one column. Hiding the last shown column is refused: a table of feature
 * names with no versions says nothing.
 */
export function toggleColumn(shown: Shown, index: number, on: boolean): { shown: Shown; refused: boolean } {
  if (index < 0 || index >= shown.length) return { shown, refused: false };
  if (!on && shown[index] && count(shown) === 1) return { shown, refused: true };
  return { shown: shown.map((value, at) => (at === index ? on : value)), refused: false };
}

export interface Preset {
  id: string;
  label: string;
  shown: Shown;
}

/** "Show all versions", one "Show only <family>" per product, and the latest release of each. */
export function presets(columns: readonly string[]): Preset[] {
  const text = HISTORY_TEXT.versions;
  const all: Preset = { id: 'all', label: text.showAll, shown: columns.map(() => true) };
  const result = [all];
  const parts = columns.map(splitColumn);
  for (const family of families(columns)) {
    const shown = parts.map((part) => part.family === family);
    if (count(shown) >= 2 && count(shown) < columns.length) result.push({ id: `family:${family}`, label: text.showOnly(family), shown });
  }
  const latest = versions(columns).at(-1);
  if (latest !== undefined) {
    const shown = parts.map((part) => part.version === latest);
    if (count(shown) >= 2 && count(shown) < columns.length) result.push({ id: `version:${latest}`, label: text.showOnly(latest), shown });
  }
  return result;
}

/** The polite status line: which versions and how many features are shown. */
export function statusText(table: VersionTable, shown: Shown, onlyDiffering: boolean): string {
  const view = tableView(table, shown, onlyDiffering);
  const columnCount = count(view.columns);
  const total = table.columns.length;
  const names = table.columns.filter((_, index) => view.columns[index]);
  const columnPart = columnCount === total ? `all ${total} versions` : `${columnCount} of ${total} versions (${joinAnd(names)})`;
  const features = table.features.length;
  const rowCount = count(view.rows);
  let rowPart: string;
  if (!view.differApplies) rowPart = `all ${features} features`;
  else if (rowCount === 0) rowPart = 'no features: none differs between them';
  else rowPart = `${rowCount} of ${features} features (only those that differ)`;
  let sentence = `Showing ${columnPart} and ${rowPart}.`;
  if (onlyDiffering && !view.differApplies) sentence += ' Choose a second version to see only the rows that differ.';
  return sentence;
}

function count(flags: readonly boolean[]): number {
  return flags.filter(Boolean).length;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
