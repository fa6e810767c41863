/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageJsBytes, staticImports } from './js-bytes';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// A tiny fake dist/: two entry modules sharing a chunk, a chain of imports, a dynamic import
// that must not be followed, inline scripts, JSON-LD that is not JavaScript.
const FILES: Record<string, string> = {
  '_astro/shared.js': 'export const shared = "shared chunk ".repeat(40);',
  '_astro/deep.js': 'export const deep = "deep chunk ".repeat(30);',
  '_astro/chain.js': 'import"./deep.js";export{deep as d}from"./deep.js";export const chain=1;',
  '_astro/widget.js': 'import{shared as s}from"./shared.js";import "./chain.js";customElements.define("esxi-x",class extends HTMLElement{});',
  '_astro/toc.js': "import * as sh from './shared.js';console.log(sh);",
  '_astro/search.js': 'const go=()=>import("./ui-core.js");console.log(import.meta.url,go);',
  '_astro/ui-core.js': 'export const ui = "search ui ".repeat(300);',
  '_astro/runtime-lab.X1.js': 'import{shared as s}from"./shared.js";export const runtime="lab runtime ".repeat(80);const more=()=>import("./runtime-more.Y2.js");',
  '_astro/runtime-more.Y2.js': 'export const more = "fetched when a reader types a command ".repeat(50);',
  '_astro/wake.js': 'const wake=()=>import(`./runtime-lab.X1.js`);wake();',
  'index.html':
    '<html><head><script type="module" src="/_astro/toc.js"></script>' +
    '<script type="module" src="/_astro/search.js"></script>' +
    '<script type="application/ld+json">{"big":"' + 'x'.repeat(2000) + '"}</script>' +
    '<script>document.documentElement.dataset.theme="dark"</script></head><body>Home</body></html>',
  'boot-process/index.html':
    '<html><head><script type="module" src="/_astro/toc.js"></script>' +
    '<script type="module" src="/_astro/widget.js"></script>' +
    '<script type="module" src="/_astro/widget.js?v=2"></script>' +
    '<script type="module" src="/_astro/wake.js"></script>' +
    '<script type="module">import "/_astro/shared.js";window.x=1</script></head>' +
    '<body><esxi-terminal lab="boot"></esxi-terminal></body></html>',
  '404.html': '<html><body>Not found<script src="https://example.com/x.js"></script></body></html>',
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'bench-js-bytes-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports, not import() or import.meta', () => {
    const src =
      'import{a as b}from"./a.js";import "./b.js";import * as c from \'./c.js\';export{x}from"./d.js";export*from"./e.js";' +
      'const l=import("./lazy.js");const u=import.meta.url;const s="not an import";export const y=1;';
    expect(staticImports(src).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js']);
  });
});

describe('pageJsBytes', () => {
  it('lists every page with its URL path and whether it has widgets', () => {
    const pages = pageJsBytes(dist);
    expect(pages.map((p) => [p.page, p.hasWidgets])).toEqual([
      ['/', false],
      ['/404.html', false],
      ['/boot-process/', true],
    ]);
  });

  it('follows static import chains and counts each file once per page', () => {
    const page = pageJsBytes(dist).find((p) => p.page === '/boot-process/')!;
    expect(page.files).toEqual(['_astro/chain.js', '_astro/deep.js', '_astro/shared.js', '_astro/toc.js', '_astro/wake.js', '_astro/widget.js']);
    const inline = 'import "/_astro/shared.js";window.x=1';
    const expected = page.files.reduce((sum, f) => sum + gz(FILES[f]!), 0) + gz(inline);
    expect(page.inlineGzipBytes).toBe(gz(inline));
    expect(page.gzipBytes).toBe(expected);
  });

  it('does not follow dynamic import() and ignores JSON-LD and other origins', () => {
    const pages = pageJsBytes(dist);
    const home = pages.find((p) => p.page === '/')!;
    expect(home.files).toEqual(['_astro/search.js', '_astro/shared.js', '_astro/toc.js']);
    const inline = 'document.documentElement.dataset.theme="dark"';
    expect(home.gzipBytes).toBe(gz(FILES['_astro/search.js']!) + gz(FILES['_astro/shared.js']!) + gz(FILES['_astro/toc.js']!) + gz(inline));
    const notFound = pages.find((p) => p.page === '/404.html')!;
    expect(notFound).toMatchObject({ gzipBytes: 0, files: [], inlineGzipBytes: 0 });
  });

  it('counts widget runtimes loaded with import() only in the live figure, and never Starlight\'s search UI', () => {
    const pages = pageJsBytes(dist);
    const chapter = pages.find((p) => p.page === '/boot-process/')!;
    expect(chapter.files).not.toContain('_astro/runtime-lab.X1.js');
    // The runtime's own import() (a kit fetched when typed) is not part of "every widget live".
    expect(chapter.liveGzipBytes).toBe(chapter.gzipBytes + gz(FILES['_astro/runtime-lab.X1.js']!));
    const home = pages.find((p) => p.page === '/')!;
    expect(home.liveGzipBytes).toBe(home.gzipBytes);
  });

  it('says clearly when there is no build', () => {
    expect(() => pageJsBytes(join(dist, 'missing'))).toThrow(/no built site/);
  });
});
