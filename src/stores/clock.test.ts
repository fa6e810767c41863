import { describe, expect, it } from 'vitest';
import { liveSpeed, setLiveSpeed, LIVE_SPEEDS } from './clock';

describe('live speed of a lab', () => {
  it('runs at 1x until a reader picks another speed or pauses, per lab', () => {
    expect(liveSpeed('a')).toBe(1);
    setLiveSpeed('a', 0);
    expect(liveSpeed('a')).toBe(0);
    setLiveSpeed('a', 10);
    expect(liveSpeed('a')).toBe(10);
    expect(liveSpeed('b')).toBe(1);
  });

  it('ignores a speed that is not on the menu (a crafted call changes nothing)', () => {
    setLiveSpeed('c', 5);
    for (const bad of [3, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      setLiveSpeed('c', bad);
      expect(liveSpeed('c')).toBe(5);
    }
    expect(LIVE_SPEEDS).toContain(5);
  });
});
