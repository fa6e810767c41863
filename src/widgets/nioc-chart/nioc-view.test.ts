import { describe, expect, it } from 'vitest';
import { createLab, dispatch, sim } from '#sim-core/testing';
import type { LabEvent } from '#sim-core';
import { NIOC_POOL_IDS } from '#sim-core/network';
import { typedNumber } from '../shared/dom';
import { demandHint, niocAreas, niocNow, POOL_HATCH, sharesChoice } from './nioc-view';

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

  it('opens with a full window: one stacked area per pool over the last 60 s, from the lab as it stands', () => {
    const areas = niocAreas(createLab('vmotion-starves'), 'esx01', 'vmnic0');
    expect(areas).toHaveLength(6);
    // 61 samples along the top and 61 back along the bottom, from the left edge (x 0) to the right (x 600).
    const points = areas[2]!.split(' ');
    expect(points).toHaveLength(122);
    expect(points[0]).toMatch(/^0,/);
    expect(points[60]).toMatch(/^600,/);
    // vMotion (High, 100) against the VMs (Low, 25) takes 4/5 of the saturated NIC from the first frame: 800 Mb/s of 1000.
    const heights = (polygon: string) => polygon.split(' ').map((p) => Number(p.split(',')[1]));
    const [top, bottom] = [heights(areas[2]!)[0]!, heights(areas[2]!).at(-1)!];
    expect(Math.round(((bottom - top) / 200) * 1000)).toBe(800);
    // A pool with no traffic is a flat line, drawn but empty.
    expect(new Set(heights(areas[0]!)).size).toBe(1);
  });

  it('hatches each pool differently, so the legend tells the areas apart without colour', () => {
    const hatches = Object.values(POOL_HATCH);
    expect(new Set(hatches).size).toBe(NIOC_POOL_IDS.length);
    expect(Object.keys(POOL_HATCH)).toEqual([...NIOC_POOL_IDS]);
  });

  it('names the share presets, and passes typed figures on as numbers for the lab to judge', () => {
    expect(sharesChoice(25)).toBe('low');
    expect(sharesChoice(70)).toBe('custom');
    expect(typedNumber(' 800 ')).toBe(800);
    expect(typedNumber('')).toBeNaN();
    expect(typedNumber('12x')).toBeNaN();
    expect(typedNumber('20000')).toBe(20000);
  });

  it('the lab refuses, with its reason, what a reader may type into the chart', () => {
    const lab = createLab('dvswitch-lab');
    const refusal = (event: LabEvent) => sim.dispatch(lab, event).refused?.message;
    expect(refusal({ type: 'net-demand', host: 'esx01', pool: 'vmotion', mbps: typedNumber('lots') })).toBe('a demand is a number of Mb/s from 0 to 10000');
    expect(refusal({ type: 'nioc-shares', pool: 'iscsi', shares: typedNumber('0') })).toBe('shares are Low (25), Normal (50), High (100) or a custom whole number from 1 to 100');
    expect(refusal({ type: 'nioc-limit', pool: 'nfs', limitMbps: typedNumber('-3') })).toBe('a host limit is a number of Mb/s, 0 or more, or none (unlimited)');
    expect(refusal({ type: 'nioc-limit', pool: 'nfs', limitMbps: null })).toBeUndefined();
  });
});
