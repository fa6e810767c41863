/**
 * localStorage without surprises. Every access can throw (Safari private mode, a sandboxed
 * iframe, storage disabled, quota full), so each one returns a result instead.
 */

/** The part of the Web Storage API the stores use; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type ReadResult = { ok: true; value: string | null } | { ok: false; error: unknown };

export function readItem(storage: StorageLike, key: string): ReadResult {
  try {
    const value = storage.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch (error) {
    return { ok: false, error };
  }
}

/** True when the value was stored. */
export function writeItem(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's localStorage; null where the browser refuses it (even reading the
 * `localStorage` property throws in some sandboxes); undefined where there is no browser
 * (the server build, unit tests).
 */
export function browserStorage(): StorageLike | null | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Calls `onChange` when another tab changes `key` (or clears storage), and when the page
 * comes back from the back/forward cache, where such events were missed. Returns the
 * function that stops listening. Does nothing outside a browser.
 */
export function watchStorageKey(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === key) onChange();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
  };
}
