import { describe, expect, it } from 'vitest';
import { normalizeBase, siteOrigin, withBase } from './paths';

describe('site paths under a base', () => {
  it('leaves paths alone at the root of a host', () => {
    expect(withBase('/', '/boot-process/')).toBe('/boot-process/');
    expect(withBase('', '/')).toBe('/');
  });

  it('puts every path under a sub-path, however the base was written', () => {
    for (const base of ['/inside-esxi/', '/inside-esxi', 'inside-esxi', 'inside-esxi/']) {
      expect(normalizeBase(base)).toBe('/inside-esxi/');
      expect(withBase(base, '/embed/#auto-height')).toBe('/inside-esxi/embed/#auto-height');
      expect(withBase(base, '/')).toBe('/inside-esxi/');
    }
  });

  it('keeps nested bases whole', () => {
    expect(withBase('/courses/esxi/', '/exam/')).toBe('/courses/esxi/exam/');
  });
});

describe('the origin of embed snippets', () => {
  it('is the configured site\'s origin, without its path', () => {
    expect(siteOrigin(new URL('https://training.example.org/inside-esxi/'))).toBe('https://training.example.org');
  });

  it('refuses to guess when no site is configured', () => {
    expect(() => siteOrigin(undefined)).toThrow(/sets no `site`/);
  });
});
