/** POSIX bracket expressions: `[abc]`, `[^a-z]`, `[]x]`, `[[:digit:]]`, `[[.-.]]`, `[[=e=]]`. */
import { REGEX_ERROR } from '../messages';

export type CharTest = (code: number) => boolean;

const between = (lo: number, hi: number): CharTest => (c) => c >= lo && c <= hi;
const anyOf = (...tests: CharTest[]): CharTest => (c) => tests.some((test) => test(c));

const CLASSES: Record<string, CharTest> = {
  alpha: anyOf(between(65, 90), between(97, 122)),
  digit: between(48, 57),
  alnum: anyOf(between(48, 57), between(65, 90), between(97, 122)),
  upper: between(65, 90),
  lower: between(97, 122),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: anyOf(between(33, 47), between(58, 64), between(91, 96), between(123, 126)),
  xdigit: anyOf(between(48, 57), between(65, 70), between(97, 102)),
  print: between(32, 126),
  graph: between(33, 126),
  cntrl: (c) => c < 32 || c === 127,
};

/** The test answered from a table for the first 256 codes: the matcher calls it once per thread and character. */
function tabled(test: CharTest): CharTest {
  const table = new Uint8Array(256);
  for (let code = 0; code < 256; code++) table[code] = test(code) ? 1 : 0;
  return (c) => (c < 256 ? table[c] === 1 : test(c));
}

export type Bracket = { test: CharTest; end: number } | { reason: string };

/** The bracket expression opening at `start` (a `[`): its test and the index of its closing `]`. */
export function parseBracket(src: string, start: number): Bracket {
  let i = start + 1;
  const negate = src[i] === '^';
  if (negate) i++;
  const tests: CharTest[] = [];
  let first = true;
  while (i < src.length) {
    if (src[i] === ']' && !first) {
      const test = tabled(anyOf(...tests));
      return { test: negate ? (c) => c !== 10 && !test(c) : test, end: i };
    }
    first = false;
    const item = element(src, i);
    if ('reason' in item) return item;
    if ('test' in item) { tests.push(item.test); i = item.end; continue; }
    // A range `a-z`, unless the `-` is the last thing before `]`.
    if (src[item.end] === '-' && src[item.end + 1] !== ']' && item.end + 1 < src.length) {
      const high = element(src, item.end + 1);
      if ('reason' in high) return high;
      if ('test' in high || high.code < item.code) return { reason: REGEX_ERROR.badRange };
      tests.push(between(item.code, high.code));
      i = high.end;
      continue;
    }
    tests.push(between(item.code, item.code));
    i = item.end;
  }
  return { reason: REGEX_ERROR.unmatchedBracket };
}

type Element = { code: number; end: number } | { test: CharTest; end: number } | { reason: string };

/** One character of a bracket (a backslash is an ordinary character there), or a `[:class:]`. */
function element(src: string, i: number): Element {
  if (src[i] === '[' && (src[i + 1] === ':' || src[i + 1] === '.' || src[i + 1] === '=')) {
    const delimiter = src[i + 1]!;
    const close = src.indexOf(`${delimiter}]`, i + 2);
    if (close < 0) return { reason: REGEX_ERROR.unmatchedBracket };
    const name = src.slice(i + 2, close);
    if (delimiter === ':') {
      const test: CharTest | undefined = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
      return test ? { test, end: close + 2 } : { reason: REGEX_ERROR.badClass };
    }
    // Collating symbols and equivalence classes: this lab knows single characters only.
    if (name.length !== 1) return { reason: REGEX_ERROR.badRange };
    return { code: name.charCodeAt(0), end: close + 2 };
  }
  return { code: src.charCodeAt(i), end: i + 1 };
}
