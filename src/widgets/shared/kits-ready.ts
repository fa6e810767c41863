/**
 * A page may need several sim-core kits, each loaded on demand in its own chunk, and the chunks
 * arrive in any order. Lab widgets must not connect before every kit has registered (or a
 * preset from a later kit would be "unknown"), so their definition waits for this signal,
 * given once every kit the page asked for has loaded.
 */
let release: () => void = () => {};
export const kitsReady = new Promise<void>((resolve) => {
  release = resolve;
});
export const markKitsReady = () => release();
