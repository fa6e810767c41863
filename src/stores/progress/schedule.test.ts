import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX_DAYS, DAY_MS, schedule, TOP_BOX, type ReviewState } from './schedule';

const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const state: fc.Arbitrary<ReviewState> = fc.record({ box: fc.integer({ min: 1, max: TOP_BOX }), due: time });
const maybeState = fc.option(state, { nil: undefined });

describe('the Leitner schedule', () => {
  it('moves a right answer up one box, due after that box\'s interval', () => {
    const at = 1_000_000;
    expect(schedule(undefined, true, at)).toEqual({ box: 1, due: at + DAY_MS });
    expect(schedule({ box: 1, due: at }, true, at)).toEqual({ box: 2, due: at + 2 * DAY_MS });
    expect(schedule({ box: 4, due: at }, true, at)).toEqual({ box: 5, due: at + 16 * DAY_MS });
    expect(BOX_DAYS).toEqual([1, 2, 4, 8, 16]);
  });

  it('keeps a question in the top box, and sends a wrong answer back to box 1, due at once', () => {
    const at = 5_000_000;
    expect(schedule({ box: 5, due: at }, true, at)).toEqual({ box: 5, due: at + 16 * DAY_MS });
    expect(schedule({ box: 5, due: at + 9 * DAY_MS }, false, at)).toEqual({ box: 1, due: at });
    expect(schedule(undefined, false, at)).toEqual({ box: 1, due: at });
  });

  it('never makes a question due sooner after a right answer, even one given early', () => {
    fc.assert(fc.property(maybeState, time, (before, at) => {
      const after = schedule(before, true, at);
      expect(after.due).toBeGreaterThanOrEqual(before?.due ?? 0);
      expect(after.due).toBeGreaterThan(at);
    }));
  });

  it('always makes a question due within a day after a wrong answer', () => {
    fc.assert(fc.property(maybeState, time, (before, at) => {
      expect(schedule(before, false, at).due).toBeLessThanOrEqual(at + DAY_MS);
    }));
  });

  it('keeps every question in boxes 1 to 5, whatever the answers', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), time), { maxLength: 40 }), (answers) => {
      let current: ReviewState | undefined;
      for (const [correct, at] of answers) {
        current = schedule(current, correct, at);
        expect(Number.isInteger(current.box) && current.box >= 1 && current.box <= TOP_BOX).toBe(true);
      }
    }));
  });
});
