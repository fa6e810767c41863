import { describe, expect, it } from 'vitest';
import { createLab, presetIds } from '#sim-core/testing';
import { linePoints, mbps, SAMPLES, SCALE_MBPS, stackedPolygons, xAt, xTicks, yAt, yTicks } from './chart';
import { CHART_TEXT } from './chart-strings';

describe('chart helpers', () => {
  it('spreads a full window over the width: 61 samples, −60 s at the left edge, now at the right', () => {
    expect(SAMPLES).toBe(61);
    expect(xAt(60, 61, 600)).toBe(600);
    expect(xAt(0, 61, 600)).toBe(0);
    expect(xAt(30, 61, 600)).toBe(300);
    expect(xAt(0, 1, 600)).toBe(600);
  });

  it('scales values to the height and clamps them', () => {
    expect(yAt(0, 1000, 200)).toBe(200);
    expect(yAt(500, 1000, 200)).toBe(100);
    expect(yAt(2000, 1000, 200)).toBe(0);
    expect(yAt(5, 0, 200)).toBe(200);
  });

  it('draws a line through every sample', () => {
    expect(linePoints([0, 1], 1, 600, 100)).toBe('590,100 600,0');
  });

  it('stacks layers: the second starts where the first ends', () => {
    const [a, b] = stackedPolygons([[1, 1], [1, 1]], 2, 600, 100);
    expect(a).toBe('590,50 600,50 600,100 590,100');
    expect(b).toBe('590,0 600,0 600,50 590,50');
    expect(stackedPolygons([[], []], 1)).toEqual(['', '']);
  });

  it('labels the value axis in Mb/s, five gridlines from 0 to the NIC\'s speed', () => {
    expect(yTicks(1000)).toEqual([
      { label: '0 Mb/s', at: 0 }, { label: '250 Mb/s', at: 25 }, { label: '500 Mb/s', at: 50 }, { label: '750 Mb/s', at: 75 }, { label: '1000 Mb/s', at: 100 },
    ]);
    expect(yTicks(10_000).at(-1)!.label).toBe('10000 Mb/s');
  });

  it('has a scale that fits every NIC of every lab: all are gigabit (a faster one would need the axis to follow it)', () => {
    const speeds = new Set(presetIds().flatMap((preset) => Object.values(createLab(preset).hosts).flatMap((host) => host.network.nics.map((nic) => nic.speedMbps))));
    expect([...speeds]).toEqual([SCALE_MBPS]);
    expect(yTicks()).toEqual(yTicks(1000));
  });

  it('labels the time axis in lab seconds before now, where the samples of those seconds are drawn', () => {
    const ticks = xTicks(CHART_TEXT.ago);
    expect(ticks.map((tick) => tick.label)).toEqual(['−60 s', '−45 s', '−30 s', '−15 s', 'now']);
    expect(ticks.map((tick) => tick.at)).toEqual([0, 25, 50, 75, 100]);
    // The sample 15 s before the newest sits under the "−15 s" label.
    expect((xAt(SAMPLES - 1 - 15, SAMPLES, 600) / 600) * 100).toBe(ticks[3]!.at);
  });

  it('formats rates', () => {
    expect(mbps(666.67)).toBe('667 Mb/s');
  });
});
