import { beforeEach, describe, expect, it } from 'vitest';
import { $transcripts, appendLines, MAX_LINES, TRIM_TO } from './transcripts';

const KEY = 'lab/esx01';
const out = (n: number, text = 'line') => Array.from({ length: n }, (_, i) => ({ text: `${text} ${i}`, kind: 'stdout' as const }));
const lines = () => $transcripts.get()[KEY]!;

describe('a terminal transcript', () => {
  beforeEach(() => appendLines(KEY, [], true));

  it('never holds more than its cap, and trims the oldest in one batch, not a line or two per command', () => {
    appendLines(KEY, out(MAX_LINES - 1));
    appendLines(KEY, out(2, 'new'));
    expect(lines()).toHaveLength(TRIM_TO);
    expect(lines().at(-1)!.text).toBe('new 1');
    const first = lines()[0];
    // The next commands only append, keeping the very same line objects, until the cap again.
    for (let n = 0; n < (MAX_LINES - TRIM_TO) / 2; n++) appendLines(KEY, out(2, `cmd${n}`));
    expect(lines()).toHaveLength(MAX_LINES);
    expect(lines()[0]).toBe(first);
    appendLines(KEY, out(2, 'over'));
    expect(lines()).toHaveLength(TRIM_TO);
  });

  it('keeps the whole output of one command that printed the cap', () => {
    appendLines(KEY, out(500));
    appendLines(KEY, out(MAX_LINES, 'big'));
    expect(lines()).toHaveLength(MAX_LINES);
    expect(lines()[0]!.text).toBe('big 0');
  });
});
