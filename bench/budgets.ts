/**
 * The performance budgets, in one place: `npm run bench` prints every figure beside these,
 * and the byte budgets (stable, unlike timings) are also checked by tests/e2e/budget.spec.ts.
 */
export const BUDGETS = {
  buildSeconds: 30,
  /**
   * A chapter page at open: every script the HTML loads, Starlight's and ours, inline or not.
   * Widget code and kits load on demand, so a chapter opens with Starlight's scripts and the
   * small widget loader (10.2 KB gzip on the boot chapter when this was set): 12 KB leaves room
   * for a little growth while catching any lab code that slips back into the page-open path.
   *
   * The chapters' states in the sidebar (issue 12) added 0.3 KB in December 2026, while the
   * page loader stopped carrying every site label for its two error sentences
   * (src/ui/loader-strings.ts): the chapters open at 10 to 11 KB.
   */
  widgetPageGzipBytes: 12 * 1024,
  /**
   * The same page once a reader has reached every widget, so each widget's element code and the
   * kits its lab needs have loaded on demand: a ceiling that keeps the lab code from growing
   * unnoticed. Kits fetched only because a typed line named one of their commands are reported
   * on their own, without a budget.
   *
   * Raised from 64 KB to 66 KB in December 2026, noticed and on purpose: the 4.1 command
   * catalogue, the configuration backup, the space accounting and output caps of the hardened
   * shell, and progress format 3 grew the shared lab runtime by 3 KB (the networking page went
   * from 60.0 to 65.7 KB). Then the shell itself (parser, interpreter, catalogue, space
   * accounting) moved into the base kit's commands, fetched by the first typed line: the
   * networking page came back to 60.9 KB, the room the host-profiles chapter and the issue-14
   * widgets were to use.
   */
  widgetPageLiveGzipBytes: 66 * 1024,
  /**
   * The practice exam page's own HTML, gzip (issue 12): its questions are fetched as JSON, so the
   * page holds only the exam's frame and one question pattern (about 8 KB when this was set,
   * down from 41 KB with every question inline). 60 KB, whatever the size of the banks.
   */
  examPageHtmlGzipBytes: 60 * 1024,
  commandsPerSecond: 20_000,
  keyToRenderP95Ms: 16,
  /**
   * The same key press with the terminal at its 1,000-line transcript cap (script only, p95):
   * a redraw of the whole screen took 25 to 32 ms there, appending and trimming far less.
   */
  commandAtTranscriptCapMs: 4,
  /** The slowest of bench/hostile.ts's lines (globs, grep, caps, a full ramdisk), Node. */
  hostileLineMs: 50,
  /** One simulated hour of a two-host dvSwitch (4 uplinks per host, 40 VM ports) at 1 s steps. */
  networkHourMs: 100,
} as const;
