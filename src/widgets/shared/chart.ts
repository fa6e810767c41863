/**
 * Tiny pure helpers for the traffic charts (no chart library): SVG point lists for a window of
 * one sample a second, the newest at the right edge.
 */
export const CHART_W = 600;
export const CHART_H = 200;
export const WINDOW_S = 60;

const r = (n: number) => Math.round(n * 10) / 10;

/** x of sample `i` of `n` (the last one at the right edge), in a window of WINDOW_S slots. */
export const xAt = (i: number, n: number, width = CHART_W) => r(((WINDOW_S - n + i) / (WINDOW_S - 1)) * width);

/** y of a value on a 0..max scale (0 at the bottom). */
export const yAt = (value: number, max: number, height = CHART_H) => r(height - (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0) * height);

/** "x,y x,y ..." of one series. */
export function linePoints(values: readonly number[], max: number, width = CHART_W, height = CHART_H): string {
  return values.map((v, i) => `${xAt(i, values.length, width)},${yAt(v, max, height)}`).join(' ');
}

/** Closed polygons of series stacked bottom-up: layer k spans from the sum of layers below it to its own top. */
export function stackedPolygons(layers: readonly (readonly number[])[], max: number, width = CHART_W, height = CHART_H): string[] {
  const n = layers[0]?.length ?? 0;
  if (n === 0) return layers.map(() => '');
  const base = new Array<number>(n).fill(0);
  return layers.map((layer) => {
    const bottom = [...base];
    layer.forEach((v, i) => { base[i]! += v; });
    const top = base.map((v, i) => `${xAt(i, n, width)},${yAt(v, max, height)}`);
    const under = bottom.map((v, i) => `${xAt(i, n, width)},${yAt(v, max, height)}`).reverse();
    return [...top, ...under].join(' ');
  });
}

/** Whole megabits a second, as the charts' tables print them. */
export const mbps = (value: number) => `${Math.round(value)} Mb/s`;

/** The virtual clock as hh:mm:ss (UTC, as the lab's hosts print it). */
export function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
