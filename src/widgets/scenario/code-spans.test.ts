import { describe, expect, it } from 'vitest';
import { codeSpans } from './code-spans';

describe('codeSpans', () => {
  it('marks backtick spans as code', () => {
    expect(codeSpans('Run `vdf -h` now')).toEqual([
      { text: 'Run ', code: false },
      { text: 'vdf -h', code: true },
      { text: ' now', code: false },
    ]);
  });
  it('leaves plain text as one span', () => {
    expect(codeSpans('plain')).toEqual([{ text: 'plain', code: false }]);
  });
});
