/// <reference types="node" />
/**
 * How much JavaScript each built page makes a reader download, gzip-compressed. Three figures:
 *
 * - At page open (`gzipBytes`): each module/classic script referenced by `<script src>`, plus
 *   every file it statically imports (`import ... from "./x.js"`, `import "./x.js"`,
 *   `export ... from "./x.js"`), followed transitively, and the contents of inline `<script>`
 *   elements (and the static imports they make). Dynamic `import()` is not followed: it loads
 *   on demand (widget code, kits, Starlight's search UI).
 * - Every widget live (`liveGzipBytes`): page open plus what the widget loader
 *   (src/widgets/shared/page-widgets.ts) fetches when a reader nears the page's widgets: the
 *   element chunk of each widget tag present on the page, the engines of the kits those widgets
 *   need (the kits named in each element's `kits` attribute, which the server renders from its
 *   lab's preset, plus the manifest's `kits` for its tag), and the scenarios of each scenario
 *   panel's kit (its `scenario-kit` attribute), each with its static graph.
 * - Fetched by typed lines (`typedLineGzipBytes`): on a page with a shell (a terminal or a
 *   command chip), a line naming a kit's command fetches that kit's commands (and its engine
 *   when the page has not loaded it); this is what all of them add beyond what is live.
 *
 * Which chunks each widget tag and each kit load is read from the built loader chunk
 * (`PageWidgets.astro_astro_type_script_index_0_lang.*.js`, or a chunk it statically imports
 * if the bundler moves the manifest there), once per loader. If the manifest's minified shape
 * is not understood, this module throws rather than reporting figures without the lab code.
 *
 * Each external file counts once per page (per figure) and is gzipped on its own (it is its own
 * request); the inline scripts are gzipped together (they travel inside the HTML). Compression
 * is node:zlib at level 9. Starlight's search UI, loaded only when a reader searches, is in no
 * figure. Pure apart from reading files: no network, no browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  /** The page's URL path: `/`, `/boot-process/`, `/404.html`. */
  page: string;
  /** gzip bytes of all JavaScript the page loads at open, before any widget wakes. */
  gzipBytes: number;
  /** gzip bytes once every widget on the page is live: page open, the widgets' element chunks and the kits they need. */
  liveGzipBytes: number;
  /** gzip bytes, beyond the live figure, of what typed lines can fetch: each kit's commands, with its engine when not live (0 without a shell). */
  typedLineGzipBytes: number;
  /** The kits counted in typedLineGzipBytes (sorted). */
  typedLineKits: string[];
  /** Each of those kits alone: what the first line naming one of its commands fetches, beyond the live figure. */
  typedLineKitGzipBytes: Record<string, number>;
  /** The kits the page's widgets need live (sorted). */
  liveKits: string[];
  /** The widget tags on the page whose code the loader fetches on demand (sorted). */
  widgetTags: string[];
  /** The page contains at least one `<esxi-...>` custom element (a widget page, i.e. a chapter or an embed). */
  hasWidgets: boolean;
  /** The external script files counted at page open, as paths relative to dist/ (sorted). */
  files: string[];
  /** The external script files counted with every widget live (sorted; includes `files`). */
  liveFiles: string[];
  /** The external script files counted in typedLineGzipBytes (sorted; none of them in `liveFiles`). */
  typedLineFiles: string[];
  /** Of gzipBytes, how much comes from inline scripts. */
  inlineGzipBytes: number;
}

/** What the built widget loader fetches on demand, as URL paths on the site (`/_astro/x.js`). */
export interface WidgetLoader {
  /** The loader chunk, relative to dist/. */
  file: string;
  /** Widget tag -> its element chunk and the kits the manifest says it needs (tags whose code loads with the page are absent). */
  elements: Map<string, { chunk: string; kits: string[] }>;
  /** Kit id -> the chunks of its code's parts: its engine (`kit`, absent for the base kit), its commands, its scenarios. */
  kits: Map<string, KitChunks>;
}

/** The chunks one kit's code comes in (src/widgets/manifest.ts, KIT_CODE), as URL paths or specifiers. */
export interface KitChunks {
  kit?: string;
  commands?: string;
  scenarios?: string;
}

/** Script `type`s that are JavaScript (absent, `module`, or a JavaScript MIME type). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
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
const REEXPORT_RE = /(?<![\w$.])export\s*[*{][^'"`();]*?\bfrom\s*(["'])([^"'\n]+?)\1/g;
const WIDGET_RE = /<esxi-[a-z0-9-]+[\s>/]/i;
/** An `<esxi-...>` start tag with its attributes (quoted values may hold `>`). */
const ELEMENT_RE = /<(esxi-[a-z0-9-]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/** The chunk Astro emits for src/widgets/shared/PageWidgets.astro's script: the widget loader. */
const LOADER_CHUNK = /^PageWidgets\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
/**
 * The widgets that run typed lines (through src/stores/shell.ts runLine), so on a page with one
 * of them a line can fetch a kit the page has not loaded. The manifest does not say which
 * widgets have a shell; the loader must map at least one of these tags, or this list is stale.
 */
export const SHELL_TAGS: readonly string[] = ['esxi-terminal', 'esxi-run-command'];

// The widget manifest as the bundler emits it, minified or not: an array of brace-free object
// literals such as
//   {slug:`dcui`,...,tag:`esxi-dcui`,title:`DCUI`,lab:!0,kits:[`services`],load:()=>e(()=>import(`./dcui-element.X.js`),__vite__mapDeps([..])),embed:`lab`}
// and the kits' code, one brace-free object of thunks per kit, keyed by the kit's id:
//   base:{scenarios:()=>e(()=>import(`./base-scenarios.Z.js`),..)},services:{kit:()=>e(()=>import(`./services.Y.js`),..),commands:..,scenarios:..},...
// The kits come from the built literal too, not from src/widgets/manifest.ts: the figures then
// describe the build in dist/ even when the source has changed since, and the test fixture
// stays self-contained. The same literal gives the tag -> chunk map, so nothing is parsed twice.
const STRING = String.raw`(?:"[^"\n]*"|'[^'\n]*'|\x60[^\x60$\n]*\x60)`;
const TAG_PROP_RE = /\btag\s*:\s*(["'`])(esxi-[a-z0-9-]+)\1/g;
const ENTRY_RE = /\{[^{}]*?\btag\s*:\s*(["'`])(esxi-[a-z0-9-]+)\1[^{}]*\}/g;
const KITS_PROP_RE = /\bkits\s*:\s*\[([^\]]*)\]/;
const LOAD_PROP_RE = /\bload\s*:/;
const KIT_CODE_RE = new RegExp(String.raw`(?:^|[{,;\s])([\w$]+|${STRING})\s*:\s*\{([^{}]*)\}`, 'g');
const KIT_PARTS = ['kit', 'commands', 'scenarios'] as const;
const THUNK_PROP_RE = new RegExp(String.raw`(?:^|,)\s*([\w$]+|${STRING})\s*:\s*(?:async\s*)?\(\s*\)\s*=>`, 'g');

function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

function attr(attrs: string, name: string): string | undefined {
  const m = ATTR_RE(name).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

const unquote = (text: string) => text.trim().replace(/^(["'`])(.*)\1$/s, '$2');

/** Module specifiers statically imported by a piece of JavaScript (not `import()`). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(IMPORT_RE), ...source.matchAll(REEXPORT_RE)].map((m) => m[2]!);
}

/** Module specifiers loaded on demand with a literal `import("...")`. */
export function dynamicImports(source: string): string[] {
  return [...source.matchAll(DYNAMIC_IMPORT_RE)].map((m) => m[2]!);
}

/**
 * The widget manifest and kit loaders in a chunk's source, with each chunk as the import
 * specifier the chunk uses (relative to it). Undefined when the chunk holds no widget entry;
 * throws when it holds some but their shape is not the one described above.
 */
export function parseWidgetManifest(source: string): { elements: Map<string, { spec: string; kits: string[] }>; kits: Map<string, KitChunks> } | undefined {
  const tags = [...source.matchAll(TAG_PROP_RE)].map((m) => m[2]!);
  if (tags.length === 0) return undefined;
  const fail = (why: string): never => {
    throw new Error(`bench/js-bytes: the widget manifest in the loader chunk has a shape this bench does not understand (${why}); update parseWidgetManifest rather than trust figures without the widgets' code`);
  };
  const elements = new Map<string, { spec: string; kits: string[] }>();
  const entries = [...source.matchAll(ENTRY_RE)];
  if (entries.length !== tags.length) fail(`${tags.length} tag properties but ${entries.length} brace-free entries`);
  for (const entry of entries) {
    const text = entry[0];
    const tag = entry[2]!.toLowerCase();
    const kitsProp = KITS_PROP_RE.exec(text);
    if (!kitsProp) fail(`${tag} has no literal kits array`);
    const items = kitsProp![1]!.split(',').map((item) => item.trim()).filter(Boolean);
    if (items.some((item) => !new RegExp(`^${STRING}$`).test(item))) fail(`${tag}'s kits are not all string literals: [${kitsProp![1]}]`);
    const imports = dynamicImports(text);
    if (LOAD_PROP_RE.test(text)) {
      if (imports.length !== 1) fail(`${tag}'s load has ${imports.length} literal import()s, not 1`);
      elements.set(tag, { spec: imports[0]!, kits: items.map(unquote) });
    } else if (imports.length > 0) {
      fail(`${tag} imports code but has no load`);
    }
  }
  // The kits' code: each `id:{...}` whose properties are all thunks named kit, commands or scenarios, each with one import().
  const kits = new Map<string, KitChunks>();
  for (const object of source.matchAll(KIT_CODE_RE)) {
    const body = object[2]!;
    const props = [...body.matchAll(THUNK_PROP_RE)];
    if (props.length === 0 || props[0]!.index !== 0) continue;
    const parts: KitChunks = {};
    for (const [i, prop] of props.entries()) {
      const name = unquote(prop[1]!) as (typeof KIT_PARTS)[number];
      const imports = dynamicImports(body.slice(prop.index, props[i + 1]?.index ?? body.length));
      if (!KIT_PARTS.includes(name) || imports.length !== 1) break;
      parts[name] = imports[0]!;
    }
    if (Object.keys(parts).length === props.length) kits.set(unquote(object[1]!), parts);
  }
  if (kits.size === 0) fail('no object of kit code ({kit, commands, scenarios} thunks per kit)');
  for (const [tag, { kits: needs }] of elements) {
    const unknown = needs.filter((kit) => !kits.get(kit)?.kit);
    if (unknown.length > 0) fail(`${tag} needs kits ${unknown.join(', ')} whose code has no loader`);
  }
  return { elements, kits };
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

interface Entry {
  fromUrl: string;
  spec: string;
  fromHtml: boolean;
}

/**
 * Reads dist/ for one run: each file's gzip size and static imports, each chunk's static graph
 * and each loader's manifest are worked out once, however many pages share them.
 */
export class DistWeigher {
  readonly distDir: string;
  private readonly files = new Map<string, { url: string; gzip: number; imports: string[]; text: string }>();
  private readonly loaders = new Map<string, WidgetLoader | undefined>();

  constructor(dist: string) {
    this.distDir = resolve(dist);
  }

  private read(url: string, file: string) {
    let known = this.files.get(file);
    if (!known) {
      const source = readFileSync(file);
      const text = source.toString('utf8');
      known = { url, gzip: gzipSize(source), imports: staticImports(text), text };
      this.files.set(file, known);
    }
    return known;
  }

  /** Every script file reachable by static imports from the entries, each once. */
  graph(entries: Entry[]): Set<string> {
    const seen = new Set<string>();
    const queue: { url: string; file: string }[] = [];
    const visit = ({ fromUrl, spec, fromHtml }: Entry) => {
      const target = resolveToFile(this.distDir, fromUrl, spec, fromHtml);
      if (target && !seen.has(target.file)) {
        seen.add(target.file);
        queue.push(target);
      }
    };
    entries.forEach(visit);
    while (queue.length > 0) {
      const { url, file } = queue.shift()!;
      for (const spec of this.read(url, file).imports) visit({ fromUrl: url, spec, fromHtml: false });
    }
    return seen;
  }

  bytes(files: Iterable<string>): number {
    let sum = 0;
    for (const file of files) sum += this.files.get(file)!.gzip; // graph() read every file it returns
    return sum;
  }

  rel(file: string): string {
    return relative(this.distDir, file).split(sep).join('/');
  }

  /** Whether this dist file is the widget loader chunk (by Astro's name for PageWidgets.astro's script). */
  isLoader(file: string): boolean {
    return LOADER_CHUNK.test(file.slice(file.lastIndexOf(sep) + 1));
  }

  /** The manifest of a loader chunk (derived once), with each chunk as a URL path; throws when it cannot be derived. */
  loader(file: string): WidgetLoader {
    if (this.loaders.has(file)) return this.loaders.get(file)!;
    const url = `/${this.rel(file)}`;
    // The manifest is in the loader chunk itself, or in a chunk it imports statically.
    const found = [...this.graph([{ fromUrl: '/', spec: url, fromHtml: true }])]
      .map((chunk) => ({ chunk, parsed: parseWidgetManifest(this.read(`/${this.rel(chunk)}`, chunk).text) }))
      .filter((c) => c.parsed);
    if (found.length !== 1) {
      throw new Error(
        `bench/js-bytes: ${found.length === 0 ? 'no widget manifest' : `${found.length} widget manifests`} in the loader chunk ${this.rel(file)} and its static imports ` +
          '(expected one array of {tag:`esxi-...`,kits:[...],load:()=>import(...)} entries and one object of kit loaders); the bundle shape changed, so the live figures cannot be worked out',
      );
    }
    const { chunk, parsed } = found[0]!;
    const chunkUrl = `/${this.rel(chunk)}`;
    const toUrl = (spec: string, what: string) => {
      const target = resolveToFile(this.distDir, chunkUrl, spec, false);
      if (!target) throw new Error(`bench/js-bytes: the widget manifest in ${this.rel(chunk)} loads ${what} from ${spec}, which is not in dist`);
      return target.url;
    };
    const loader: WidgetLoader = {
      file: this.rel(file),
      elements: new Map([...parsed!.elements].map(([tag, { spec, kits }]) => [tag, { chunk: toUrl(spec, tag), kits }])),
      kits: new Map([...parsed!.kits].map(([kit, parts]) => [kit, Object.fromEntries(Object.entries(parts).map(([part, spec]) => [part, toUrl(spec, `${part} of kit ${kit}`)])) as KitChunks])),
    };
    if (!SHELL_TAGS.some((tag) => loader.elements.has(tag))) {
      throw new Error(`bench/js-bytes: the widget manifest in ${this.rel(chunk)} maps none of ${SHELL_TAGS.join(', ')}; update SHELL_TAGS (the widgets that run typed lines)`);
    }
    this.loaders.set(file, loader);
    return loader;
  }

  /** The JavaScript weight of one HTML document (already read) served at `url`. */
  page(url: string, html: string): Omit<PageJs, 'page'> {
    const inline: string[] = [];
    const entries: Entry[] = [];
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
    const open = this.graph(entries);

    // The widget elements, as the loader's querySelectorAll sees them (not inside scripts or comments).
    const markup = html.replace(SCRIPT_RE, '').replace(COMMENT_RE, '');
    const elements = [...markup.matchAll(ELEMENT_RE)].map((m) => ({
      tag: m[1]!.toLowerCase(),
      kits: (attr(m[2] ?? '', 'kits') ?? '').split(/\s+/).filter(Boolean),
      // A scenario panel fetches its kit's scenarios itself.
      scenarioKit: attr(m[2] ?? '', 'scenario-kit'),
    }));
    const live = new Set(open);
    const tags = new Set<string>();
    const liveKits = new Set<string>();
    const scenarioChunks = new Set<string>();
    const typed = new Set<string>();
    const typedKits: string[] = [];
    const typedKitBytes: Record<string, number> = {};
    const loaderFiles = [...open].filter((file) => this.isLoader(file));
    if (loaderFiles.length > 1) throw new Error(`bench/js-bytes: ${url} loads ${loaderFiles.length} widget loader chunks: ${loaderFiles.map((f) => this.rel(f)).join(', ')}`);
    if (loaderFiles.length === 1) {
      const loader = this.loader(loaderFiles[0]!);
      for (const element of elements) {
        const known = loader.elements.get(element.tag);
        if (!known) continue; // its code loads with the page (or it is not a manifest widget)
        tags.add(element.tag);
        for (const kit of [...element.kits, ...known.kits]) {
          if (!loader.kits.get(kit)?.kit) throw new Error(`bench/js-bytes: <${element.tag}> on ${url} needs kit "${kit}", whose code the loader ${loader.file} has no loader for`);
          liveKits.add(kit);
        }
        if (element.scenarioKit !== undefined) {
          const chunk = loader.kits.get(element.scenarioKit)?.scenarios;
          if (!chunk) throw new Error(`bench/js-bytes: <${element.tag}> on ${url} shows a scenario of kit "${element.scenarioKit}", whose scenarios have no loader`);
          scenarioChunks.add(chunk);
        }
      }
      // page-widgets.ts's wake() also imports the sim store (src/stores/sim.ts) when a lab widget
      // is present; every lab element chunk imports it statically, so the graphs below count it.
      const chunks = [...[...tags].map((tag) => loader.elements.get(tag)!.chunk), ...[...liveKits].map((kit) => loader.kits.get(kit)!.kit!), ...scenarioChunks];
      for (const file of this.graph(chunks.map((chunk) => ({ fromUrl: '/', spec: chunk, fromHtml: true })))) live.add(file);
      if (SHELL_TAGS.some((tag) => tags.has(tag))) {
        // A typed line fetches a kit's commands, with its engine when the page has not loaded it.
        typedKits.push(...[...loader.kits.entries()].filter(([, parts]) => parts.commands).map(([kit]) => kit).sort());
        const typedChunks = (kit: string) => [loader.kits.get(kit)!.kit, loader.kits.get(kit)!.commands].filter((chunk): chunk is string => chunk !== undefined);
        const beyondLive = (kits: string[]) => [...this.graph(kits.flatMap(typedChunks).map((chunk) => ({ fromUrl: '/', spec: chunk, fromHtml: true })))].filter((file) => !live.has(file));
        for (const kit of typedKits) typedKitBytes[kit] = this.bytes(beyondLive([kit]));
        for (const file of beyondLive(typedKits)) typed.add(file);
      }
    }
    const sorted = (files: Set<string>) => [...files].map((f) => this.rel(f)).sort();
    return {
      gzipBytes: inlineGzipBytes + this.bytes(open),
      liveGzipBytes: inlineGzipBytes + this.bytes(live),
      typedLineGzipBytes: this.bytes(typed),
      typedLineKits: typedKits,
      typedLineKitGzipBytes: typedKitBytes,
      liveKits: [...liveKits].sort(),
      widgetTags: [...tags].sort(),
      hasWidgets: WIDGET_RE.test(markup),
      files: sorted(open),
      liveFiles: sorted(live),
      typedLineFiles: sorted(typed),
      inlineGzipBytes,
    };
  }
}

/** The JavaScript weight of one HTML document (already read) served at `url`. */
export function htmlJsBytes(dist: string, url: string, html: string): Omit<PageJs, 'page'> {
  return new DistWeigher(dist).page(url, html);
}

/**
 * Every HTML page in `distDir` with the gzip bytes of the JavaScript it loads, sorted by page.
 * Throws when pages have widgets but none loads the widget loader chunk (renamed or gone), so
 * the live figures are never quietly just the page-open ones.
 */
export function pageJsBytes(distDir: string): PageJs[] {
  if (!existsSync(distDir)) throw new Error(`no built site at ${distDir} (run astro build first)`);
  const weigher = new DistWeigher(distDir);
  const pages = htmlFiles(weigher.distDir)
    .map((file) => {
      const page = pageUrl(weigher.distDir, file);
      return { page, ...weigher.page(page, readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
  const withWidgets = pages.filter((p) => p.hasWidgets);
  if (withWidgets.length > 0 && !withWidgets.some((p) => p.files.some((f) => LOADER_CHUNK.test(posix.basename(f))))) {
    throw new Error(
      `bench/js-bytes: ${withWidgets.length} pages have <esxi-...> widgets but none loads a widget loader chunk (_astro/PageWidgets.astro_astro_type_script_index_0_lang.*.js); ` +
        'if the loader was renamed, update LOADER_CHUNK',
    );
  }
  return pages;
}
