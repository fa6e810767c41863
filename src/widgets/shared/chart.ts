/**
 * Tiny pure helpers for the traffic charts (no chart library): SVG point lists for a window of
 * one sample a second, the newest at the right edge, and the axes' ticks. ChartFrame.astro draws
 * the axes and gridlines once on the server; the widgets redraw only the series and labels.
 */
export const CHART_W = 600;
export const CHART_H = 200;
/** The window: the last 60 simulated seconds, 61 samples one second apart (−60 s … now). */
export const WINDOW_S = 60;
export const SAMPLES = WINDOW_S + 1;
/**
 * The charts' Mb/s scale: a gigabit NIC, the only kind the lab's hosts have (network/hardware.ts;
 * chart.test.ts checks every preset). Fixed, so the server draws the axis once and a link that
 * goes down (0 Mb/s) does not rescale the minute before it.
 */
export const SCALE_MBPS = 1000;

const r = (n: number) => Math.round(n * 10) / 10;

/** x of sample `i` of `n` (the last one at the right edge), one second a slot over WINDOW_S seconds. */
export const xAt = (i: number, n: number, width = CHART_W) => r(((WINDOW_S - n + 1 + i) / WINDOW_S) * width);

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

/** Whole megabits a second, as the charts' tables and axes print them. */
export const mbps = (value: number) => `${Math.round(value)} Mb/s`;

/** The value axis: five gridlines from 0 to max, each labelled, at a height in % of the plot. */
export const yTicks = (max = SCALE_MBPS) => [0, 1, 2, 3, 4].map((k) => ({ label: mbps((max * k) / 4), at: k * 25 }));

/** The time axis: seconds before the newest sample, each labelled ("−60 s" … "now"), at a position in % of the plot's width. */
export function xTicks(label: (secondsAgo: number) => string) {
  return [60, 45, 30, 15, 0].map((ago) => ({ label: label(ago), at: r(100 - (ago / WINDOW_S) * 100) }));
}

/** What the traffic widgets say when the lab refuses a figure typed into them, in the lab's words. */
export const refusedText = (typed: string, because: string) => `"${typed}" was refused: ${because}. Nothing was changed.`;
