/**
 * The performance budgets, in one place: `npm run bench` prints every figure beside these,
 * and the byte budgets (stable, unlike timings) are also checked by tests/e2e/budget.spec.ts.
 */
export const BUDGETS = {
  buildSeconds: 30,
  /** A chapter page at open: every script the HTML loads, Starlight's and ours, inline or not. */
  widgetPageGzipBytes: 40 * 1024,
  /**
   * The same page once a reader has reached every widget, so each lab runtime has loaded on
   * demand: a ceiling that keeps the runtimes from growing unnoticed.
   */
  widgetPageLiveGzipBytes: 64 * 1024,
  commandsPerSecond: 20_000,
  keyToRenderP95Ms: 16,
  /** One simulated hour of a two-host dvSwitch (4 uplinks per host, 40 VM ports) at 1 s steps. */
  networkHourMs: 100,
} as const;
