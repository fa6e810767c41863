import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { labelStyle, lbtChart, loadEvents, moveText, SKIP_MS, teamingOf, uplinkRows } from './lbt-view';

describe('LBT chart view', () => {
  it('shows vmnic0 saturated by five VM ports under port-ID routing', () => {
    const lab = createLab('lbt-saturated');
    expect(teamingOf(lab, 'esx01', 'VM Network')).toBe('portId');
    const rows = uplinkRows(lab, 'esx01', 'VM Network');
    expect(rows.map((row) => row.vmnic)).toEqual(['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3']);
    expect(rows[0]).toMatchObject({ carried: '1000 Mb/s', utilisation: '100%', hot: true, ports: '100, 104, 108, 112, 116' });
    expect(teamingOf(lab, 'esx01', 'nope')).toBeNull();
  });

  it('opens with a full window: each uplink\'s Mb/s over the last 60 s, vmnic0 at the top of a gigabit scale', () => {
    const lab = createLab('lbt-saturated');
    const { lines, labels } = lbtChart(lab, 'esx01');
    const points = lines.vmnic0!.split(' ');
    expect(points).toHaveLength(61);
    expect(points[0]).toBe('0,0');
    expect(points.at(-1)).toBe('600,0');
    // vmnic1 carries quiet VMs and iSCSI: under the 75% line (y 50 of 200), from the first frame.
    expect(Number(lines.vmnic1!.split(' ')[0]!.split(',')[1])).toBeGreaterThan(50);
    expect(labels).toEqual([]);
  });

  it('marks and labels a move under LBT with the port and both uplinks, and says what moved', () => {
    let lab = dispatch(createLab('lbt-saturated'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = dispatch(lab, { type: 'tick', ms: 30_000 });
    const chart = lbtChart(lab, 'esx01');
    expect(chart.marks).toBe('M600 0V200');
    expect(chart.labels).toEqual([{ text: '100: vmnic0 → vmnic3', side: 'right', at: 0, row: 0 }]);
    expect(labelStyle(chart.labels[0]!)).toBe('right: 0%; top: 0rem');
    const rows = uplinkRows(lab, 'esx01', 'VM Network');
    expect(rows[0]!.ports).not.toContain('100');
    const text = moveText({ host: 'esx01', timeMs: Date.UTC(2010, 6, 13, 10, 0, 30), portId: '100', client: 'vm01 ethernet0', from: 'vmnic0', to: 'vmnic1', utilisation: 1 });
    expect(text).toBe('dvPort 100 (vm01 ethernet0) moved from vmnic0 to vmnic1 at 10:00:30 (vmnic0 was at 100%)');
  });

  it('moves a move\'s label left with its line as time passes, reading away from the nearer edge', () => {
    let lab = dispatch(createLab('lbt-saturated'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = dispatch(lab, { type: 'tick', ms: 30_000 });
    lab = dispatch(lab, { type: 'tick', ms: 20_000 });
    const [label] = lbtChart(lab, 'esx01').labels;
    expect(label).toMatchObject({ side: 'right', at: 33 });
    lab = dispatch(lab, { type: 'tick', ms: 20_000 });
    expect(lbtChart(lab, 'esx01').labels[0]).toMatchObject({ side: 'left', at: 33, text: '100: vmnic0 → vmnic3' });
    // Out of the window, the line and label go; the list of moves keeps it.
    lab = dispatch(lab, { type: 'tick', ms: 21_000 });
    expect(lbtChart(lab, 'esx01').labels.map((l) => l.text)).not.toContain('100: vmnic0 → vmnic3');
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
