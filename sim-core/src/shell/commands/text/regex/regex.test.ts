import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns, MAX_GREP_STEPS, type MatchOptions } from '../grep-pattern';
import { shell } from '../../../../testing/lab';
import { GREP_LIMIT_TEXT, REGEX_ERROR } from '../messages';

const ERE: MatchOptions = { fixed: false, extended: true, ignoreCase: false, word: false, line: false };
const BRE: MatchOptions = { ...ERE, extended: false };

function matcher(pattern: string, opts = ERE) {
  const compiled = compilePatterns([pattern], opts);
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.matcher;
}

/** Small well-formed extended patterns, written so JavaScript reads them the same way. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'b', '.', '[ab]', '[^a]') },
    { weight: 1, arbitrary: tie('re').map((inner) => `(${inner})`) },
  ),
  re: fc.array(
    fc.tuple(tie('atom'), fc.constantFrom('', '', '*', '+', '?', '{1,2}', '{2}')).map(([atom, q]) => atom + q),
    { minLength: 1, maxLength: 4 },
  ).chain((items) => fc.constantFrom(items.join(''), `${items[0]}|${items.slice(1).join('')}`, `^${items.join('')}`, `${items.join('')}$`)),
})).re;

describe('the regular-expression matcher', () => {
  it('finds a match exactly where a backtracking JavaScript RegExp does, on short lines', () => {
    const line = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(fc.property(pattern, line, (p, l) => matcher(p).test(l) === new RegExp(p).test(l)), { numRuns: 1500 });
  });

  it('-o takes the leftmost-longest match, as POSIX regexec does (JavaScript takes the first alternative)', () => {
    expect(matcher('a|ab').matches('xabx')).toEqual(['ab']);
    expect(matcher('[0-9]+').matches('vmk0 10.0.0.1')).toEqual(['0', '10', '0', '0', '1']);
  });

  it('reads basic syntax: \\( \\) \\{ \\} \\| and a leading * are what busybox grep makes of them', () => {
    expect(matcher('\\(ab\\)\\{2\\}', BRE).test('xababx')).toBe(true);
    expect(matcher('a\\|b', BRE).test('b')).toBe(true);
    expect(matcher('*a', BRE).test('*a')).toBe(true);
    expect(matcher('a+', BRE).test('aa')).toBe(false);
    expect(matcher('a+', BRE).test('a+')).toBe(true);
    expect(matcher('x$y', BRE).test('x$y')).toBe(true);
  });

  it('brackets: classes, ranges, a leading ] and a literal backslash', () => {
    expect(matcher('^[[:digit:]]+$').test('348481')).toBe(true);
    expect(matcher('[]x]').test(']')).toBe(true);
    expect(matcher('[\\]').test('\\')).toBe(true);
    expect(matcher('[^[:space:]]').test('   ')).toBe(false);
  });

  it('word assertions and -w', () => {
    expect(matcher('\\<esx').test('vmesx01')).toBe(false);
    expect(matcher('\\<esx').test('host esx01')).toBe(true);
    expect(compilePatterns(['esx'], { ...ERE, word: true }).ok && matcher('esx', { ...ERE, word: true }).test('esx01 esx')).toBe(true);
  });

  it('refuses what it cannot match without backtracking, and bad syntax, with the C library words', () => {
    const reason = (p: string, opts = ERE) => { const c = compilePatterns([p], opts); return c.ok ? null : c.reason; };
    expect(reason('\\(a\\)\\1', BRE)).toBe(REGEX_ERROR.backReference);
    expect(reason('a{256}')).toBe(REGEX_ERROR.tooBig);
    expect(reason('((a{200}){200})')).toBe(REGEX_ERROR.tooBig);
    expect(reason('a{3,1}')).toBe(REGEX_ERROR.badBrace);
    expect(reason('[z-a]')).toBe(REGEX_ERROR.badRange);
    expect(reason('[[:nope:]]')).toBe(REGEX_ERROR.badClass);
    expect(reason('a)')).toBe(REGEX_ERROR.unmatchedCloseParen);
    expect(reason('[abc')).toBe(REGEX_ERROR.unmatchedBracket);
  });
});

describe('hostile patterns in the shell', () => {
  const line = `echo ${'a'.repeat(27)}!`;

  it('(a|a)*$ and (a+)+$ answer as a real grep does', () => {
    const sh = shell();
    // $ matches at the end of any line, and (a|a)* may repeat nothing there.
    expect(sh(`${line} | grep -E '(a|a)*$'`)).toMatchObject({ exitCode: 0, stdout: [`${'a'.repeat(27)}!`] });
    // (a+)+ needs an a just before the end, and the line ends in !.
    expect(sh(`${line} | grep -E '(a+)+$'`)).toMatchObject({ exitCode: 1, stdout: [], stderr: [] });
    expect(sh(`${line} | grep -xE '(a|a)*'`)).toMatchObject({ exitCode: 1, stdout: [] });
    expect(sh(`${line} | grep -oE '(a+)+'`).stdout).toEqual(['a'.repeat(27)]);
  });

  it('a search past the step budget ends with a clear message and exit 2, and the lab carries on', () => {
    const sh = shell();
    sh(`echo ${'ab'.repeat(1000)} > /tmp/long`);
    // 2,000 characters times a 2,000-instruction program: past the budget.
    const result = sh("grep -E '(a|b){1,250}(a|b){1,250}(a|b){1,250}(a|b){1,250}x' /tmp/long /tmp/long /tmp/long");
    expect(result.stderr).toEqual([GREP_LIMIT_TEXT.tooComplex(MAX_GREP_STEPS)]);
    expect(result.exitCode).toBe(2);
    expect(sh('grep -c ab /tmp/long').stdout).toEqual(['1']);
  });
});
