/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageHtmlGzipBytes } from './html-bytes';

const dist = mkdtempSync(join(tmpdir(), 'html-bytes-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageHtmlGzipBytes', () => {
  it('weighs a page\'s index.html gzipped, and a named file as it is', () => {
    const html = `<!doctype html><title>Practice exam</title>${'<p>question</p>'.repeat(500)}`;
    mkdirSync(join(dist, 'exam'));
    writeFileSync(join(dist, 'exam', 'index.html'), html);
    writeFileSync(join(dist, '404.html'), '<p>gone</p>');
    expect(pageHtmlGzipBytes(dist, '/exam/')).toBe(gzipSync(html, { level: 9 }).length);
    expect(pageHtmlGzipBytes(dist, '/exam/')).toBeLessThan(html.length / 10);
    expect(pageHtmlGzipBytes(dist, '/404.html')).toBe(gzipSync('<p>gone</p>', { level: 9 }).length);
  });

  it('says clearly when the page was not built', () => {
    expect(() => pageHtmlGzipBytes(dist, '/nowhere/')).toThrow(/no built page \/nowhere\/.*astro build/);
  });
});
