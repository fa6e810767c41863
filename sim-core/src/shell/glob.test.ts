import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch, globTokens } from './glob';
import { shell } from '../testing/lab';
import { MAX_EXPANDED_WORDS } from './expand';

/** The old way, fine on short inputs: each `*` a `.*`, each `?` a `.`, in a backtracking RegExp. */
function referenceMatch(pattern: string, name: string): boolean {
  const source = [...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 's').test(name);
}

const matches = (pattern: string, name: string) => globMatch(globTokens(pattern) ?? [{ kind: 'char', ch: pattern }], name);

describe('glob matching', () => {
  it('agrees with a regular-expression matcher on short patterns and names', () => {
    const pattern = fc.array(fc.constantFrom('a', 'b', '.', '*', '?'), { maxLength: 8 }).map((chars) => chars.join(''));
    const name = fc.array(fc.constantFrom('a', 'b', '.'), { maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(fc.property(pattern.filter((p) => /[*?]/.test(p)), name, (p, n) => matches(p, n) === referenceMatch(p, n)), { numRuns: 2000 });
  });

  it('treats an escaped star as a star character', () => {
    expect(globMatch(globTokens('a\\*b*')!, 'a*bc')).toBe(true);
    expect(globMatch(globTokens('a\\*b*')!, 'axbc')).toBe(false);
  });

  it('answers a pattern of many stars against a long name that almost matches', () => {
    // A backtracking regular expression takes 2^n steps here; the walk takes at most n * m.
    expect(matches(`${'*'.repeat(12)}x`, 'a'.repeat(60))).toBe(false);
    expect(matches(`${'*'.repeat(30)}zzz`, 'altbootbank')).toBe(false);
    expect(matches(`${'*a'.repeat(40)}`, 'a'.repeat(200))).toBe(true);
  });
});

describe('hostile globs in the shell', () => {
  it('`ls /` then 30 stars and zzz says the path does not exist', () => {
    const sh = shell();
    const result = sh(`ls /${'*'.repeat(30)}zzz`);
    expect(result.stderr).toEqual([`ls: /${'*'.repeat(30)}zzz: No such file or directory`]);
    expect(result.exitCode).toBe(1);
  });

  it('many stars against a 60-character name in /tmp match what they should and nothing else', () => {
    const sh = shell();
    const long = 'a'.repeat(60);
    sh(`touch /tmp/${long}`);
    expect(sh('ls /tmp/************x').exitCode).toBe(1);
    expect(sh('ls /tmp/************a').stdout).toEqual([`/tmp/${long}`]);
  });

  it('a glob that would name hundreds of thousands of paths is refused with E2BIG, and the lab carries on', () => {
    const sh = shell();
    const result = sh('echo /*/../*/../*/../*/../*');
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([`-ash: /*/../*/../*/../*/../*: Argument list too long (this lab expands one command to at most ${MAX_EXPANDED_WORDS} words)`]);
    expect(sh('echo $?').stdout).toEqual(['126']);
    expect(sh('ls /').exitCode).toBe(0);
  });

  it('2,000 star words are refused as one argument list too long', () => {
    const sh = shell();
    const result = sh(`echo ${'* '.repeat(2000)}`);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/Argument list too long/);
    expect(sh(`echo ${'* '.repeat(100)}`).stdout[0]!.split(' ').length).toBeGreaterThan(100);
  });
});
