/// <reference types="node" />
/**
 * How much JavaScript each built page makes a reader download, gzip-compressed.
 *
 * For every HTML page in dist/ we collect:
 * - each module/classic script referenced by `<script src>`, plus every file it statically
 *   imports (`import ... from "./x.js"`, `import "./x.js"`, `export ... from "./x.js"`),
 *   followed transitively; dynamic `import()` is not followed (it loads on demand, e.g. search);
 * - the contents of inline `<script>` elements (and the static imports they make).
 * That is the weight at page open. Widgets load their runtime on demand with `import()`, so a
 * second figure, with every widget live, also follows dynamic imports of widget runtimes
 * (chunks named `runtime-*`), not other on-demand code such as Starlight's search, which loads
 * only when a reader searches.
 * Each external file counts once per page and is gzipped on its own (it is its own request);
 * the inline scripts are gzipped together (they travel inside the HTML). Compression is
 * node:zlib at level 9. Pure apart from reading files: no network, no browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  /** The page's URL path: `/`, `/boot-process/`, `/404.html`. */
  page: string;
  /** gzip bytes of all JavaScript the page loads up front, before any widget wakes. */
  gzipBytes: number;
  /** gzip bytes once every widget on the page is live (up front plus the widgets' runtimes). */
  liveGzipBytes: number;
  /** The page contains at least one `<esxi-...>` custom element (a widget page, i.e. a chapter). */
  hasWidgets: boolean;
  /** The external script files counted, as paths relative to dist/ (sorted). */
  files: string[];
  /** Of gzipBytes, how much comes from inline scripts. */
  inlineGzipBytes: number;
}

/** Script `type`s that are JavaScript (absent, `module`, or a JavaScript MIME type). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTR_RE = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
/**
 * Static imports and re-exports as bundlers emit them, minified or not:
 * `import{a as b}from"./x.js"`, `import "./x.js"`, `import * as n from './x.js'`,
 * `export{a}from"./x.js"`, `export*from"./x.js"`. `import(` and `import.meta` do not match:
 * the clause between the keyword and `from` may not contain quotes, parentheses or `;`.
 */
const IMPORT_RE = /(?<![\w$.])import\s*(?:[^'"`();]*?\bfrom\s*)?(["'])([^"'\n]+?)\1/g;
/** `import("./x.js")` with a literal specifier (any quote, a template without `${`), as bundlers emit a lazily loaded chunk. */
const DYNAMIC_IMPORT_RE = /(?<![\w$.])import\(\s*(["'`])([^"'`$\n]+?)\1\s*\)/g;
/** Widget runtimes are the modules src/widgets/shared/runtimes/runtime-*.ts, emitted as `runtime-*.js` chunks. */
const WIDGET_RUNTIME = /(?:^|\/)runtime-[\w-]+(?:\.[\w-]+)?\.js$/;
const REEXPORT_RE = /(?<![\w$.])export\s*[*{][^'"`();]*?\bfrom\s*(["'])([^"'\n]+?)\1/g;
const WIDGET_RE = /<esxi-[a-z0-9-]+[\s>/]/i;

function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

function attr(attrs: string, name: string): string | undefined {
  const m = ATTR_RE(name).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Module specifiers statically imported by a piece of JavaScript (not `import()`). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(IMPORT_RE), ...source.matchAll(REEXPORT_RE)].map((m) => m[2]!);
}

/** Module specifiers loaded on demand with a literal `import("...")`. */
export function dynamicImports(source: string): string[] {
  return [...source.matchAll(DYNAMIC_IMPORT_RE)].map((m) => m[2]!);
}

/**
 * Resolve a URL (a script src when `fromHtml`, else an import specifier) seen in `fromUrl`
 * (a URL path on the site) to a file in dist; undefined for bare specifiers, other origins
 * and files that are not there.
 */
function resolveToFile(distDir: string, fromUrl: string, spec: string, fromHtml: boolean): { url: string; file: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || spec.startsWith('//')) return undefined; // other origin, data:, ...
  // In HTML a relative src like "_astro/x.js" is fine; in a module it is a bare specifier.
  if (!fromHtml && !/^\.{0,2}\//.test(spec)) return undefined;
  const clean = spec.replace(/[?#].*$/, '');
  const base = fromUrl.endsWith('/') ? fromUrl : posix.dirname(fromUrl) + '/';
  const url = clean.startsWith('/') ? posix.normalize(clean) : posix.normalize(posix.join(base, clean));
  const file = join(distDir, ...decodeURIComponent(url).split('/').filter(Boolean));
  if (!file.startsWith(distDir + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return { url, file };
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** `/boot-process/` for boot-process/index.html, `/404.html` for 404.html, `/` for index.html. */
function pageUrl(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The JavaScript weight of one HTML document (already read) served at `url`. */
export function htmlJsBytes(dist: string, url: string, html: string): Omit<PageJs, 'page'> {
  const distDir = resolve(dist);
  const inline: string[] = [];
  const entries: { fromUrl: string; spec: string; fromHtml: boolean }[] = [];
  for (const m of html.matchAll(SCRIPT_RE)) {
    const attrs = m[1] ?? '';
    const type = (attr(attrs, 'type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue; // JSON-LD, import maps, templates
    const src = attr(attrs, 'src');
    if (src !== undefined) {
      entries.push({ fromUrl: url, spec: src, fromHtml: true });
    } else if (m[2]!.trim()) {
      inline.push(m[2]!);
      if (type === 'module') for (const spec of staticImports(m[2]!)) entries.push({ fromUrl: url, spec, fromHtml: false });
    }
  }
  const inlineGzipBytes = inline.length > 0 ? gzipSize(inline.join('\n')) : 0;
  const upFront = scriptGraph(distDir, entries, false);
  const live = scriptGraph(distDir, [...entries, ...inline.flatMap((code) => dynamicImports(code).map((spec) => ({ fromUrl: url, spec, fromHtml: false })))], true);
  const total = (files: Map<string, number>) => inlineGzipBytes + [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
  const files = [...upFront.keys()].map((f) => relative(distDir, f).split(sep).join('/')).sort();
  return { gzipBytes: total(upFront), liveGzipBytes: total(live), hasWidgets: WIDGET_RE.test(html), files, inlineGzipBytes };
}

/**
 * Every script file reachable from the entries (file -> its gzip bytes), each counted once.
 * With `followDynamic`, a widget runtime that a page's own script loads with import() counts
 * too; one that only a loaded chunk may import later (a kit fetched when a reader types one of
 * its commands) does not: no widget needs it to be live.
 */
function scriptGraph(distDir: string, entries: { fromUrl: string; spec: string; fromHtml: boolean }[], followDynamic: boolean): Map<string, number> {
  const seen = new Map<string, number>();
  const queue: { url: string; file: string; entry: boolean }[] = [];
  const visit = (fromUrl: string, spec: string, fromHtml: boolean, entry: boolean) => {
    const target = resolveToFile(distDir, fromUrl, spec, fromHtml);
    if (target && !seen.has(target.file)) {
      seen.set(target.file, -1);
      queue.push({ ...target, entry });
    }
  };
  for (const entry of entries) visit(entry.fromUrl, entry.spec, entry.fromHtml, true);
  while (queue.length > 0) {
    const { url: fileUrl, file, entry } = queue.shift()!;
    const source = readFileSync(file);
    seen.set(file, gzipSize(source));
    const text = source.toString('utf8');
    for (const spec of staticImports(text)) visit(fileUrl, spec, false, false);
    if (followDynamic && entry) for (const spec of dynamicImports(text).filter((s) => WIDGET_RUNTIME.test(s))) visit(fileUrl, spec, false, false);
  }
  return seen;
}

/** Every HTML page in `distDir` with the gzip bytes of the JavaScript it loads, sorted by page. */
export function pageJsBytes(distDir: string): PageJs[] {
  if (!existsSync(distDir)) throw new Error(`no built site at ${distDir} (run astro build first)`);
  const root = resolve(distDir);
  return htmlFiles(root)
    .map((file) => {
      const page = pageUrl(root, file);
      return { page, ...htmlJsBytes(root, page, readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}
