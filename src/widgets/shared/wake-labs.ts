import { markKitsReady } from './kits-ready';
import { labWidgets, wakeWhenNeeded } from './wake';

const runtimes: (() => Promise<unknown>)[] = [];

/**
 * Declares a runtime (some sim-core kits and their widgets' elements) this page's labs need.
 * Every kit script on the page calls this as it runs, before any widget can wake, so the one
 * waker loads them all together and lets lab widgets connect only when every kit is in.
 */
export function labsNeed(runtime: () => Promise<unknown>) {
  runtimes.push(runtime);
  if (runtimes.length > 1) return;
  wakeWhenNeeded(labWidgets(), () => Promise.all(runtimes.map((load) => load())).then(markKitsReady));
}
