import type { StorageLike } from '../storage';
import { PROGRESS_KEY } from './format';

/** A Storage stand-in: a Map, with switches for the ways real browsers refuse. */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  failReads = false;
  failWrites = false;
  writes = 0;
  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  json(key = PROGRESS_KEY): unknown {
    const raw = this.items.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }
}
