import { describe, expect, it } from 'vitest';
import { families, presets, rowDiffers, splitColumn, statusText, tableView, toggleColumn, versions, type VersionTable } from './filter';
import { joinAnd } from './strings';

const table: VersionTable = {
  columns: ['ESX 3.5', 'ESX 4.1', 'ESXi 3.5', 'ESXi 4.1'],
  features: [
    { feature: 'Service console', values: ['Present', 'Present', 'Removed', 'Removed'] },
    { feature: 'SNMP', values: ['Yes', 'Yes', 'Limited', 'Limited'] },
    { feature: 'Boot from SAN', values: ['Yes', 'Yes', 'No', 'Yes'], note: 'Read from the prose.' },
    { feature: 'Jumbo frames', values: ['Yes', 'Yes', 'Yes', 'Yes'] },
  ],
};
const all = [true, true, true, true];

describe('columns', () => {
  it('splits a column into product family and version', () => {
    expect(splitColumn('ESXi 4.1')).toEqual({ family: 'ESXi', version: '4.1' });
    expect(splitColumn('Other')).toEqual({ family: 'Other', version: '' });
    expect(families(table.columns)).toEqual(['ESX', 'ESXi']);
    expect(versions(table.columns)).toEqual(['3.5', '4.1']);
  });

  it('offers all, each family, and the latest release', () => {
    expect(presets(table.columns).map((preset) => [preset.label, preset.shown])).toEqual([
      ['Show all versions', all],
      ['Show only ESX', [true, true, false, false]],
      ['Show only ESXi', [false, false, true, true]],
      ['Show only 4.1', [false, true, false, true]],
    ]);
  });

  it('offers no quick choice that would show a single column or repeat "all"', () => {
    expect(presets(['ESX 4.1', 'ESXi 4.1']).map((preset) => preset.id)).toEqual(['all']);
  });

  it('hides and shows a column, but never the last one', () => {
    expect(toggleColumn(all, 0, false)).toEqual({ shown: [false, true, true, true], refused: false });
    expect(toggleColumn([false, true, false, false], 1, false)).toEqual({ shown: [false, true, false, false], refused: true });
    expect(toggleColumn([false, true, false, false], 2, true).shown).toEqual([false, true, true, false]);
    expect(toggleColumn(all, 9, false)).toEqual({ shown: all, refused: false });
  });
});

describe('rows that differ', () => {
  it('compares only the shown columns', () => {
    expect(rowDiffers(['Yes', 'Yes', 'No', 'Yes'], all)).toBe(true);
    expect(rowDiffers(['Yes', 'Yes', 'No', 'Yes'], [true, true, false, true])).toBe(false);
    expect(rowDiffers(['Yes', 'Yes', 'No', 'Yes'], [false, false, true, false])).toBe(false);
  });

  it('keeps every row unless the filter is on and two versions are shown', () => {
    expect(tableView(table, all, false).rows).toEqual([true, true, true, true]);
    expect(tableView(table, all, true)).toEqual({ columns: all, rows: [true, true, true, false], differApplies: true });
    expect(tableView(table, [false, false, true, true], true).rows).toEqual([false, false, true, false]);
    expect(tableView(table, [false, false, false, true], true)).toEqual({ columns: [false, false, false, true], rows: [true, true, true, true], differApplies: false });
  });
});

describe('status line', () => {
  it('says when everything is shown', () => {
    expect(statusText(table, all, false)).toBe('Showing all 4 versions and all 4 features.');
  });

  it('names the chosen versions and counts the rows that differ', () => {
    expect(statusText(table, [false, false, true, true], true)).toBe('Showing 2 of 4 versions (ESXi 3.5 and ESXi 4.1) and 1 of 4 features (only those that differ).');
    expect(statusText(table, [true, false, false, true], false)).toBe('Showing 2 of 4 versions (ESX 3.5 and ESXi 4.1) and all 4 features.');
  });

  it('says when no row differs, and when there is nothing to compare', () => {
    expect(statusText(table, [true, true, false, false], true)).toBe('Showing 2 of 4 versions (ESX 3.5 and ESX 4.1) and no features: none differs between them.');
    expect(statusText(table, [false, true, false, false], true)).toBe('Showing 1 of 4 versions (ESX 4.1) and all 4 features. Choose a second version to see only the rows that differ.');
  });

  it('joins names in English', () => {
    expect(joinAnd(['A'])).toBe('A');
    expect(joinAnd(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
