import { describe, expect, it } from 'vitest';
import { type LabEvent, type LabState } from '#sim-core';
import { createLab, dispatch } from '#sim-core/testing';
import { busyForMs } from '#sim-core/storage';
import { counterTable, lockChart, stepPath } from './counter-rows';

const send = (lab: LabState, event: LabEvent) => dispatch(lab, event);
const finish = (lab: LabState) => send(lab, { type: 'tick', ms: busyForMs(lab) + 1_000 });
/** The array LUN's cell in a column (the local disk's comes first). */
const cell = (lab: LabState, column: string) => {
  const table = counterTable(lab, 'esx01');
  return table.rows.find((row) => row.column === column)!.cells[table.luns.findIndex((lun) => lun.id.startsWith('naa.'))];
};

describe('VAAI counters view', () => {
  it('one row per esxtop column, one cell per LUN; XCOPY commands counted after a clone', () => {
    const start = createLab('vaai-lab');
    const table = counterTable(start, 'esx01');
    expect(table.luns).toEqual([{ id: 'esx01:mpx.vmhba1:C0:T0:L0', label: 'local disk' }, { id: 'naa.60060160a0b01c00d2f5a3e4c1b2d311', label: 'vaai-lun' }]);
    expect(table.rows.map((row) => row.column)).toEqual(['CLONE_RD', 'CLONE_WR', 'CLONE_F', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBC_RD/s', 'MBC_WR/s', 'MBZERO/s', 'RESV/s', 'CONS/s']);
    expect(table.caption).toMatch(/^esxtop disk device counters on esx01, lab time \d\d:\d\d:\d\d/);
    const running = send(send(start, { type: 'storage-workload', workload: 'clone', host: 'esx01' }), { type: 'tick', ms: 1_000 });
    expect(cell(running, 'MBC_RD/s')).toBe('400.00');
    const done = finish(running);
    expect([cell(done, 'CLONE_RD'), cell(done, 'CLONE_WR'), cell(done, 'MBC_RD/s')]).toEqual(['2560', '2560', '0.00']);
  });

  it('a step path rises to the peak and is flat when nothing happened', () => {
    expect(stepPath([0, 2, 1], 10)).toBe('M0 10 L0 10 L1 10 L1 0 L2 0 L2 5 L3 5 L3 10Z');
    expect(stepPath([0, 0], 10)).toBe('M0 10 L0 10 L1 10 L1 10 L2 10 L2 10Z');
  });

  it('the history shows reservations and conflicts without ATS, ATS and no conflicts with it', () => {
    let lab = finish(createLab('vaai-boot-storm'));
    const without = lockChart(lab, 'esx01')!;
    expect(without.heading).toBe('Locking on storm-lun, per second, last 60 s');
    expect(without.summary).toMatch(/^Last 60 s on storm-lun: 10 reservations, \d+ reservation conflicts, 0 ATS, 0 ATSF\.$/);
    expect(without.table.length).toBeGreaterThan(0);
    expect(without.table.every((row) => Number(row[2]) > 0 && row[3] === '0')).toBe(true);
    expect(cell(lab, 'ATS')).toBe('0');

    for (const host of ['esx01', 'esx02', 'esx03']) lab = send(lab, { type: 'storage-setting', host, name: '/VMFS3/HardwareAcceleratedLocking', value: 1 });
    lab = send(finish(lab), { type: 'tick', ms: 60_000 });
    lab = finish(send(lab, { type: 'storage-workload', workload: 'boot-storm' }));
    const withAts = lockChart(lab, 'esx01')!;
    expect(withAts.summary).toBe('Last 60 s on storm-lun: 0 reservations, 0 reservation conflicts, 10 ATS, 0 ATSF.');
    expect(withAts.series.find((s) => s.key === 'ats')!.label).toMatch(/^ATS: hardware-assisted locking commands \(peak [1-9]\d*\/s\)$/);
    expect(cell(lab, 'ATS')).toBe('10');
    expect(cell(lab, 'RESV/s')).toBe('0.00');
  });
});
