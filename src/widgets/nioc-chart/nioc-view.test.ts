import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { NIOC_POOL_IDS } from '#sim-core/network';
import { parseMbps } from '../shared/chart';
import { demandHint, niocAreas, niocNow, parseShares, sharesChoice } from './nioc-view';

const vmOn = (lab: ReturnType<typeof createLab>) => niocNow(lab, 'esx01', 'vmnic0').rows.find((row) => row.pool === 'virtualMachine')!;

describe('NIOC chart view', () => {
  it('lists the six pools with their settings and what they get on the uplink now', () => {
    const { rows } = niocNow(createLab('dvswitch-lab'), 'esx01', 'vmnic0');
    expect(rows.map((row) => row.pool)).toEqual([...NIOC_POOL_IDS]);
    const vmotion = rows.find((row) => row.pool === 'vmotion')!;
    expect(vmotion).toMatchObject({ demand: '0', shares: 50, choice: 'normal', limit: '', nowMbps: 0 });
    const vm = rows.find((row) => row.pool === 'virtualMachine')!;
    expect(vm).toMatchObject({ demand: '', nowMbps: 620 });
    expect(demandHint(vm.demands)).toBe('80–160');
    expect(demandHint([])).toBe('');
  });

  it('tells the story: vMotion demand squeezes VM traffic, High shares for VMs bring it back', () => {
    let lab = dispatch(createLab('dvswitch-lab'), { type: 'net-demand', host: 'esx01', pool: 'vmotion', mbps: 1000 });
    expect(vmOn(lab).nowMbps).toBe(500);
    expect(niocNow(lab, 'esx01', 'vmnic0')).toMatchObject({ used: 1000, capacity: 1000, saturated: true });
    lab = dispatch(lab, { type: 'nioc-shares', pool: 'virtualMachine', shares: 'high' });
    expect(vmOn(lab)).toMatchObject({ nowMbps: 620, choice: 'high' });
  });

  it('draws one stacked area per pool once time has run', () => {
    const lab = dispatch(createLab('dvswitch-lab'), { type: 'tick', ms: 3000 });
    const areas = niocAreas(lab, 'esx01', 'vmnic0', NIOC_POOL_IDS);
    expect(areas).toHaveLength(6);
    expect(areas[5]!.split(' ')).toHaveLength(6);
    expect(niocAreas(createLab('dvswitch-lab'), 'esx01', 'vmnic0', NIOC_POOL_IDS)).toEqual(['', '', '', '', '', '']);
  });

  it('reads shares and Mb/s as typed', () => {
    expect(sharesChoice(25)).toBe('low');
    expect(sharesChoice(70)).toBe('custom');
    expect(parseMbps(' 800 ')).toBe(800);
    expect(parseMbps('')).toBeNull();
    expect(parseMbps('12x')).toBeUndefined();
    expect(parseMbps('20000')).toBeUndefined();
    expect(parseShares('100')).toBe(100);
    expect(parseShares('0')).toBeUndefined();
  });
});
