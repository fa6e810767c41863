import { describe, expect, it } from 'vitest';
import { browserStorage, readItem, watchStorageKey, writeItem, type StorageLike } from './storage';

const refusing: StorageLike = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {},
};

describe('storage helpers', () => {
  it('turn thrown errors into results', () => {
    expect(readItem(refusing, 'k')).toMatchObject({ ok: false });
    expect(writeItem(refusing, 'k', 'v')).toBe(false);
  });

  it('read and write a working storage', () => {
    const items = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
    expect(readItem(storage, 'k')).toEqual({ ok: true, value: null });
    expect(writeItem(storage, 'k', 'v')).toBe(true);
    expect(readItem(storage, 'k')).toEqual({ ok: true, value: 'v' });
  });

  it('know there is no browser here', () => {
    expect(browserStorage()).toBeUndefined();
    expect(() => watchStorageKey('k', () => {})()).not.toThrow();
  });
});
