/** The traffic charts' shared words (ChartFrame.astro renders them; they never ship to the browser). */
export const CHART_TEXT = {
  /** A time-axis label: how long before the newest sample. */
  ago: (seconds: number) => (seconds ? `−${seconds} s` : 'now'),
} as const;
