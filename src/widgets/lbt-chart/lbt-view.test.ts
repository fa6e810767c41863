import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { lbtChart, loadEvents, moveText, SKIP_MS, teamingOf, uplinkRows } from './lbt-view';

describe('LBT chart view', () => {
  it('shows vmnic0 saturated by five VM ports under port-ID routing', () => {
    const lab = createLab('lbt-saturated');
    expect(teamingOf(lab, 'esx01', 'VM Network')).toBe('portId');
    const rows = uplinkRows(lab, 'esx01', 'VM Network');
    expect(rows.map((row) => row.vmnic)).toEqual(['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3']);
    expect(rows[0]).toMatchObject({ utilisation: '100%', hot: true, ports: '100, 104, 108, 112, 116' });
    expect(teamingOf(lab, 'esx01', 'nope')).toBeNull();
  });

  it('draws the 75% line and, after a move under LBT, marks it and says what moved', () => {
    let lab = dispatch(createLab('lbt-saturated'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = dispatch(lab, { type: 'tick', ms: 30_000 });
    const chart = lbtChart(lab, 'esx01');
    expect(chart.thresholdY).toBe(50);
    expect(chart.lines.vmnic0!.split(' ')).toHaveLength(30);
    expect(chart.marks).toMatch(/^M[\d.]+ 0V200$/);
    const rows = uplinkRows(lab, 'esx01', 'VM Network');
    expect(rows[0]!.ports).not.toContain('100');
    const text = moveText({ host: 'esx01', timeMs: Date.UTC(2010, 6, 13, 10, 0, 30), portId: '100', client: 'vm01 ethernet0', from: 'vmnic0', to: 'vmnic1', utilisation: 1 });
    expect(text).toBe('dvPort 100 (vm01 ethernet0) moved from vmnic0 to vmnic1 at 10:00:30 (vmnic0 was at 100%)');
  });

  it('keeps a saturated link saturated under port-ID routing', () => {
    const lab = dispatch(createLab('lbt-saturated'), { type: 'tick', ms: 60_000 });
    expect(lbtChart(lab, 'esx01').marks).toBe('');
    expect(uplinkRows(lab, 'esx01', 'VM Network')[0]!.hot).toBe(true);
  });

  it('skips one LBT interval at a time', () => {
    expect(SKIP_MS).toBe(30_000);
  });

  it('loads one uplink: one demand event per VM port on it', () => {
    const events = loadEvents(createLab('dvswitch-lab'), 'esx01', 'VM Network', 'vmnic2', 300);
    expect(events).toHaveLength(5);
    expect(events[0]).toEqual({ type: 'net-demand', host: 'esx01', port: '102', mbps: 300 });
  });
});
