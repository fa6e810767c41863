import { describe, expect, it } from 'vitest';
import { chapterHref, underBase } from './links';

describe('chapterHref', () => {
  it('links a chapter section, or the chapter page when no section is known', () => {
    expect(chapterHref('/', 'networking', 'load-based-teaming')).toBe('/networking/#load-based-teaming');
    expect(chapterHref('/', 'networking')).toBe('/networking/');
    expect(chapterHref('/', 'networking', '')).toBe('/networking/');
  });

  it('stays under a sub-path, with or without its final slash', () => {
    expect(chapterHref('/inside-esxi/', 'boot-process', 'boot-banks')).toBe('/inside-esxi/boot-process/#boot-banks');
    expect(chapterHref('/inside-esxi', 'boot-process')).toBe('/inside-esxi/boot-process/');
    expect(underBase('/inside-esxi', '/exam/questions.json')).toBe('/inside-esxi/exam/questions.json');
    expect(underBase('/', 'exam/questions.json')).toBe('/exam/questions.json');
  });

  it('escapes what is not a plain id', () => {
    expect(chapterHref('/', 'boot-process', 'a b"<')).toBe('/boot-process/#a%20b%22%3C');
  });
});
