import { kitIds, kitsNamedIn } from '#sim-core/core';

/**
 * How to fetch each optional kit: its page runtime, which registers the kit (and defines its
 * widgets, harmless where the page has none). A runtime is already a chunk of its own, so this
 * adds no new split of the code the pages load for their widgets.
 */
export const KIT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  services: () => import('./runtimes/runtime-services'),
  storage: () => import('./runtimes/runtime-storage'),
  network: () => import('./runtimes/runtime-network'),
};

/** Whether a line names a command of a kit this page has not loaded. */
export const lineNeedsKits = (line: string): boolean => kitsNamedIn(line, kitIds()).length > 0;

/** Fetches the kits a line names that this page has not loaded; resolves to those that failed. */
export async function loadKitsFor(line: string): Promise<string[]> {
  const needed = kitsNamedIn(line, kitIds());
  const results = await Promise.allSettled(needed.map((id) => KIT_LOADERS[id]?.() ?? Promise.reject(new Error(id))));
  return needed.filter((_, index) => results[index]!.status === 'rejected');
}
