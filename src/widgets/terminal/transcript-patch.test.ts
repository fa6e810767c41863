import { describe, expect, it } from 'vitest';
import { transcriptPatch } from './transcript-patch';

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i }));

/** Applies a patch to a list of ids as the element applies it to the screen's nodes. */
function apply(shown: { id: number }[], next: { id: number }[]): { id: number }[] {
  const patch = transcriptPatch(shown, next);
  if (patch.kind === 'same') return shown;
  if (patch.kind === 'replace') return [...next];
  return [...shown.slice(patch.drop), ...next.slice(patch.from)];
}

describe('transcriptPatch', () => {
  it('below the cap, appends the new lines and drops none', () => {
    expect(transcriptPatch(ids(1, 10), ids(1, 13))).toEqual({ kind: 'append', drop: 0, from: 10 });
  });

  it('at the cap, drops as many of the oldest as were added and appends the new ones', () => {
    expect(transcriptPatch(ids(1, 1000), ids(4, 1003))).toEqual({ kind: 'append', drop: 3, from: 997 });
    expect(apply(ids(1, 1000), ids(4, 1003))).toEqual(ids(4, 1003));
  });

  it('redraws after a clear, on a first render, or when a command printed more than the cap', () => {
    expect(transcriptPatch(null, ids(1, 3))).toEqual({ kind: 'replace' });
    expect(transcriptPatch(ids(1, 10), [])).toEqual({ kind: 'replace' });
    expect(transcriptPatch(ids(1, 10), ids(50, 60))).toEqual({ kind: 'replace' });
    expect(transcriptPatch(ids(1, 10), ids(11, 12))).toEqual({ kind: 'replace' });
  });

  it('whatever comes next, the patched screen shows exactly the transcript', () => {
    let shown = ids(1, 5);
    let last = 5;
    let first = 1;
    for (const added of [3, 0, 998, 1, 2000, 7]) {
      last += added;
      first = Math.max(first, last - 999);
      const next = ids(first, last);
      shown = apply(shown, next);
      expect(shown).toEqual(next);
    }
  });
});
