import { describe, expect, it } from 'vitest';
import { linePoints, mbps, stackedPolygons, xAt, yAt } from './chart';

describe('chart helpers', () => {
  it('puts the newest sample at the right edge and the 60th oldest at the left', () => {
    expect(xAt(59, 60, 600)).toBe(600);
    expect(xAt(0, 60, 600)).toBe(0);
    expect(xAt(0, 1, 600)).toBe(600);
  });

  it('scales values to the height and clamps them', () => {
    expect(yAt(0, 1000, 200)).toBe(200);
    expect(yAt(500, 1000, 200)).toBe(100);
    expect(yAt(2000, 1000, 200)).toBe(0);
    expect(yAt(5, 0, 200)).toBe(200);
  });

  it('draws a line through every sample', () => {
    expect(linePoints([0, 1], 1, 590, 100)).toBe('580,100 590,0');
  });

  it('stacks layers: the second starts where the first ends', () => {
    const [a, b] = stackedPolygons([[1, 1], [1, 1]], 2, 590, 100);
    expect(a).toBe('580,50 590,50 590,100 580,100');
    expect(b).toBe('580,0 590,0 590,50 580,50');
    expect(stackedPolygons([[], []], 1)).toEqual(['', '']);
  });

  it('formats rates', () => {
    expect(mbps(666.67)).toBe('667 Mb/s');
  });
});
