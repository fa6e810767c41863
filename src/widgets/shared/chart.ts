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

/** The points of one series, "x,y" each. */
const points = (values: readonly number[], max: number, width: number, height: number) => values.map((v, i) => `${xAt(i, values.length, width)},${yAt(v, max, height)}`);

/** "x,y x,y ..." of one series. */
export const linePoints = (values: readonly number[], max: number, width = CHART_W, height = CHART_H): string => points(values, max, width, height).join(' ');

/** Closed polygons of series stacked bottom-up: layer k spans from the sum of layers below it to its own top. */
export function stackedPolygons(layers: readonly (readonly number[])[], max: number, width = CHART_W, height = CHART_H): string[] {
  let sums = (layers[0] ?? []).map(() => 0);
  let under = points(sums, max, width, height).reverse();
  return layers.map((layer) => {
    sums = sums.map((sum, i) => sum + layer[i]!);
    const top = points(sums, max, width, height);
    const polygon = sums.length ? [...top, ...under].join(' ') : '';
    under = top.reverse();
    return polygon;
  });
}

/** Whole megabits a second, as the charts' tables print them. */
export const mbps = (value: number) => `${Math.round(value)} Mb/s`;

/**
 * A number as a reader typed it, for an event: NaN when the field is empty or holds no number.
 * The widgets do not judge the value (the lab does, and says why it refuses one).
 */
export function typedNumber(text: string): number {
  const t = text.trim();
  return t === '' ? Number.NaN : Number(t);
}
