/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageJsBytes, parseWidgetManifest, staticImports } from './js-bytes';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const LOADER = '_astro/PageWidgets.astro_astro_type_script_index_0_lang.Ab1.js';

/**
 * The widget loader as Vite/rolldown emits it: the manifest (backticks, as rolldown quotes
 * them; one entry in double quotes, one kit loader in single quotes, as other minifiers might),
 * the kit loaders, and wake()'s own import() of the sim store.
 */
const loaderSource = (manifest: string) =>
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/terminal-element.T1.js","_astro/sim.S1.js"])))=>i.map(i=>d[i]);' +
  'import{t as e}from"./preload-helper.P1.js";' +
  manifest +
  'r=e=>t.find(t=>t.tag===e),i={terminal:{region:e=>`Terminal, ${e}`,run:`Run`}};' +
  'async function d(){let{loadKits:n}=await e(async()=>{let{loadKits:e}=await import(`./sim.S1.js`).then(e=>e.r);return{loadKits:e}},__vite__mapDeps([1]));await n([])}' +
  'd();export{i as n,n as r};';

const MANIFEST =
  'var t=[' +
  '{slug:`terminal`,component:`Terminal`,tag:`esxi-terminal`,title:`Terminal`,lab:!0,kits:[],load:()=>e(()=>import(`./terminal-element.T1.js`),__vite__mapDeps([0,1])),embed:`lab`},' +
  '{slug:`dcui`,component:`Dcui`,tag:`esxi-dcui`,title:`DCUI`,lab:!0,kits:[`services`],load:()=>e(()=>import(`./dcui-element.D1.js`),__vite__mapDeps([1])),embed:`lab`},' +
  '{slug:"switch-diagram",component:"SwitchDiagram",tag:"esxi-switch-diagram",title:"Switch diagram",lab:!0,kits:["network"],load:()=>e(()=>import("./switch-diagram-element.W1.js"),__vite__mapDeps([1]))},' +
  '{slug:`quiz`,component:`Quiz`,tag:`esxi-quiz`,title:`Quiz`,lab:!1,kits:[],load:()=>e(()=>import(`./quiz-element.Q1.js`),__vite__mapDeps([]))},' +
  '{slug:`scenario`,component:`Scenario`,tag:`esxi-scenario`,title:`Scenario`,lab:!0,kits:[],load:()=>e(()=>import(`./scenario-element.Z1.js`),__vite__mapDeps([1]))},' +
  '{slug:`sorter`,component:`VirtualizationSorter`,tag:`esxi-sorter`,title:`Emulation, simulation or virtualization?`,lab:!1,kits:[],embed:`page`}],' +
  "n={base:{commands:()=>e(()=>import(`./base-commands.B1.js`),__vite__mapDeps([1])),scenarios:()=>e(()=>import(`./base-scenarios.B2.js`),__vite__mapDeps([1]))}," +
  'services:{kit:()=>e(()=>import(`./services.K1.js`),__vite__mapDeps([1])),commands:()=>e(()=>import(`./services-commands.C1.js`),__vite__mapDeps([1])),scenarios:()=>e(()=>import(`./services-scenarios.E1.js`),__vite__mapDeps([1]))},' +
  "network:{kit:()=>e(()=>import('./network.K2.js'),__vite__mapDeps([1])),commands:()=>e(()=>import('./network-commands.C2.js'),__vite__mapDeps([1])),scenarios:()=>e(()=>import('./network-scenarios.E2.js'),__vite__mapDeps([1]))}," +
  'storage:{kit:()=>e(()=>import("./storage.K3.js"),__vite__mapDeps([1])),commands:()=>e(()=>import("./storage-commands.C3.js"),__vite__mapDeps([1])),scenarios:()=>e(()=>import("./storage-scenarios.E3.js"),__vite__mapDeps([1]))}},';

// A small fake dist/: Starlight-like page scripts (shared chunks, import chains, a search
// that loads its UI with import()), the widget loader, element chunks, kit chunks sharing
// code with elements and with one another, and pages with different widgets and kits.
const FILES: Record<string, string> = {
  '_astro/shared.js': 'export const shared = "shared chunk ".repeat(40);',
  '_astro/deep.js': 'export const deep = "deep chunk ".repeat(30);',
  '_astro/chain.js': 'import"./deep.js";export{deep as d}from"./deep.js";export const chain=1;',
  '_astro/toc.js': "import * as sh from './shared.js';import './chain.js';console.log(sh);",
  '_astro/search.js': 'const go=()=>import("./ui-core.js");console.log(import.meta.url,go);',
  '_astro/ui-core.js': 'export const ui = "search ui ".repeat(300);',
  '_astro/sorter.js': 'customElements.define("esxi-sorter",class extends HTMLElement{});"sorter ".repeat(20);',
  '_astro/preload-helper.P1.js': 'export const t=(f)=>f();"preload helper ".repeat(10);',
  [LOADER]: loaderSource(MANIFEST),
  '_astro/sim.S1.js': `import{r as k}from"./${LOADER.slice('_astro/'.length)}";import{c}from"./core.C1.js";export const r={};"sim store ".repeat(60);`,
  '_astro/core.C1.js': 'export const c = "core, every kit shape ".repeat(70);',
  '_astro/lab-widget.L1.js': 'import"./sim.S1.js";export const lw="lab widget base ".repeat(25);',
  '_astro/terminal-element.T1.js': 'import{r}from"./sim.S1.js";import"./lab-widget.L1.js";"terminal element ".repeat(35);',
  '_astro/dcui-menus.M1.js': 'import{c}from"./core.C1.js";export const m="dcui menus, used by the dcui and the services kit ".repeat(30);',
  '_astro/dcui-element.D1.js': 'import"./lab-widget.L1.js";import{m}from"./dcui-menus.M1.js";"dcui element ".repeat(45);',
  '_astro/selectors.N1.js': 'import{c}from"./core.C1.js";export const s="network selectors ".repeat(55);',
  '_astro/switch-diagram-element.W1.js': 'import"./lab-widget.L1.js";import{s}from"./selectors.N1.js";"switch diagram ".repeat(33);',
  '_astro/progress.G1.js': 'export const g="quiz progress ".repeat(22);',
  '_astro/quiz-element.Q1.js': 'import{g}from"./progress.G1.js";"quiz element ".repeat(27);',
  '_astro/services.K1.js': 'import{m}from"./dcui-menus.M1.js";import{c}from"./core.C1.js";export const kit="services kit ".repeat(75);',
  '_astro/network.K2.js': 'import{s}from"./selectors.N1.js";export const kit="network kit ".repeat(95);',
  '_astro/workloads.X1.js': 'export const w="storage workloads ".repeat(65);',
  '_astro/storage.K3.js': 'import{w}from"./workloads.X1.js";export const kit="storage kit ".repeat(85);',
  '_astro/base-commands.B1.js': 'import{c}from"./core.C1.js";export const commands="busybox commands ".repeat(90);',
  '_astro/base-scenarios.B2.js': 'export const scenarios="boot scenarios ".repeat(20);',
  '_astro/services-commands.C1.js': 'import{kit}from"./services.K1.js";export const commands="services commands ".repeat(30);',
  '_astro/network-commands.C2.js': 'import{kit}from"./network.K2.js";export const commands="network commands ".repeat(40);',
  '_astro/storage-commands.C3.js': 'import{kit}from"./storage.K3.js";export const commands="storage commands ".repeat(35);',
  '_astro/services-scenarios.E1.js': 'export const scenarios="services scenarios ".repeat(15);',
  '_astro/network-scenarios.E2.js': 'import{s}from"./selectors.N1.js";export const scenarios="network scenarios ".repeat(25);',
  '_astro/storage-scenarios.E3.js': 'export const scenarios="storage scenarios ".repeat(18);',
  '_astro/scenario-element.Z1.js': 'import"./lab-widget.L1.js";"scenario panel ".repeat(28);',
  'index.html':
    '<html><head><script type="module" src="/_astro/toc.js"></script>' +
    '<script type="module" src="/_astro/search.js"></script>' +
    '<script type="application/ld+json">{"big":"' + 'x'.repeat(2000) + '"}</script>' +
    '<script>document.documentElement.dataset.theme="dark"</script></head><body>Home</body></html>',
  // No optional kit live: a terminal (twice, and one inside a comment), a quiz, a widget whose code loads with the page.
  'boot-process/index.html':
    '<html><head><script type="module" src="/_astro/toc.js"></script>' +
    '<script type="module" src="/_astro/search.js"></script>' +
    `<script type="module" src="/${LOADER}"></script>` +
    `<script type="module" src="/${LOADER}?v=2"></script>` +
    '<script type="module" src="/_astro/sorter.js"></script>' +
    '<script type="module">import "/_astro/shared.js";window.x=1</script></head>' +
    '<body><esxi-terminal lab="boot" preset="after-upgrade" host="esx01" kits></esxi-terminal>' +
    '<esxi-terminal lab="other" kits="" command="ls > /tmp/x"></esxi-terminal>' +
    '<!-- <esxi-dcui kits="services"></esxi-dcui> -->' +
    '<esxi-quiz bank="boot"></esxi-quiz><esxi-sorter></esxi-sorter></body></html>',
  // The services kit from a lab preset (on the terminal) and from the manifest (the DCUI).
  'ports-and-services/index.html':
    `<html><head><script type="module" src="/_astro/toc.js"></script><script type="module" src="/${LOADER}"></script></head>` +
    '<body><esxi-terminal lab="p" kits="services"></esxi-terminal><esxi-dcui lab="p" kits=\'services\'></esxi-dcui></body></html>',
  // The network kit named only by the manifest (the switch diagram); a chip's kits from its preset.
  'networking/index.html':
    `<html><head><script type="module" src="/_astro/toc.js"></script><script type="module" src="/${LOADER}"></script></head>` +
    '<body><esxi-switch-diagram lab="std" kits></esxi-switch-diagram><esxi-terminal lab="std" kits="storage"></esxi-terminal>' +
    '<esxi-scenario scenario="jumbo" scenario-kit="network" lab="scenario-jumbo" kits="network"></esxi-scenario></body></html>',
  // No shell: no line can be typed, so nothing is fetched by typed lines.
  'virtualization-basics/index.html':
    `<html><head><script type="module" src="/_astro/toc.js"></script><script type="module" src="/${LOADER}"></script></head>` +
    '<body><esxi-quiz bank="v"></esxi-quiz></body></html>',
  // A widget that loads with its page and no loader: live is page open.
  'exam/index.html': '<html><head><script type="module" src="/_astro/sorter.js"></script></head><body><esxi-exam></esxi-exam></body></html>',
  '404.html': '<html><body>Not found<script src="https://example.com/x.js"></script></body></html>',
};

function writeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-js-bytes-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const sum = (files: string[]) => files.reduce((total, f) => total + gz(FILES[f]!), 0);
const TOC = ['_astro/chain.js', '_astro/deep.js', '_astro/shared.js', '_astro/toc.js'];
/** A lab element's common static graph (the loader is already open). */
const LAB = ['_astro/core.C1.js', '_astro/lab-widget.L1.js', '_astro/sim.S1.js'];

let dist: string;
const others: string[] = [];

beforeAll(() => {
  dist = writeDist(FILES);
});

afterAll(() => {
  for (const dir of [dist, ...others]) rmSync(dir, { recursive: true, force: true });
});

const page = (path: string) => {
  const found = pageJsBytes(dist).find((p) => p.page === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports, not import() or import.meta', () => {
    const src =
      'import{a as b}from"./a.js";import "./b.js";import * as c from \'./c.js\';export{x}from"./d.js";export*from"./e.js";' +
      'const l=import("./lazy.js");const u=import.meta.url;const s="not an import";export const y=1;';
    expect(staticImports(src).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js']);
  });
});

describe('parseWidgetManifest', () => {
  it('maps each on-demand widget tag to its chunk and kits, and each kit to its chunk, whatever the quotes', () => {
    const parsed = parseWidgetManifest(loaderSource(MANIFEST))!;
    expect(Object.fromEntries(parsed.elements)).toEqual({
      'esxi-terminal': { spec: './terminal-element.T1.js', kits: [] },
      'esxi-dcui': { spec: './dcui-element.D1.js', kits: ['services'] },
      'esxi-switch-diagram': { spec: './switch-diagram-element.W1.js', kits: ['network'] },
      'esxi-quiz': { spec: './quiz-element.Q1.js', kits: [] },
      'esxi-scenario': { spec: './scenario-element.Z1.js', kits: [] },
    });
    expect(Object.fromEntries(parsed.kits)).toEqual({
      base: { commands: './base-commands.B1.js', scenarios: './base-scenarios.B2.js' },
      services: { kit: './services.K1.js', commands: './services-commands.C1.js', scenarios: './services-scenarios.E1.js' },
      network: { kit: './network.K2.js', commands: './network-commands.C2.js', scenarios: './network-scenarios.E2.js' },
      storage: { kit: './storage.K3.js', commands: './storage-commands.C3.js', scenarios: './storage-scenarios.E3.js' },
    });
  });

  it('reads unminified output too', () => {
    const source =
      'const WIDGETS = [\n  { slug: "terminal", tag: "esxi-terminal", kits: [], load: () => __vitePreload(() => import("./terminal.js"), true ? __vite__mapDeps([0]) : void 0) },\n' +
      '  { slug: "dcui", tag: "esxi-dcui", kits: ["services"], load: () => __vitePreload(() => import("./dcui.js"), true ? __vite__mapDeps([0]) : void 0) }\n];\n' +
      'const KIT_CODE = {\n  services: {\n    kit: () => __vitePreload(() => import("./services.js"), true ? __vite__mapDeps([1]) : void 0),\n    scenarios: () => __vitePreload(() => import("./services-scenarios.js"), true ? __vite__mapDeps([1]) : void 0)\n  }\n};\n';
    const parsed = parseWidgetManifest(source)!;
    expect([...parsed.elements.keys()]).toEqual(['esxi-terminal', 'esxi-dcui']);
    expect([...parsed.kits]).toEqual([['services', { kit: './services.js', scenarios: './services-scenarios.js' }]]);
  });

  it('is undefined for a chunk with no widget entries', () => {
    expect(parseWidgetManifest('import"./x.js";console.log(1)')).toBeUndefined();
  });

  it('throws when the shape is not understood instead of guessing', () => {
    // kits hoisted to a variable
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace('kits:[`services`]', 'kits:o')))).toThrow(/esxi-dcui has no literal kits array/);
    // a load that is not a literal import()
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace('import(`./quiz-element.Q1.js`)', 'import(q)')))).toThrow(/esxi-quiz's load has 0 literal import/);
    // an entry that is no longer a brace-free literal
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace('load:()=>e(()=>import(`./dcui-element.D1.js`)', 'load:()=>{return e(()=>import(`./dcui-element.D1.js`)}')))).toThrow(/brace-free entries/);
    // no kit code
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace(/n=\{base.*\}\},$/, 'n=0,')))).toThrow(/no object of kit code/);
    // a widget needing a kit that has no loader, or one whose engine has none
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace('kits:["network"]', 'kits:["network","vcenter"]')))).toThrow(/needs kits vcenter/);
    expect(() => parseWidgetManifest(loaderSource(MANIFEST.replace('kits:["network"]', 'kits:["base"]')))).toThrow(/needs kits base/);
  });
});

describe('pageJsBytes', () => {
  it('lists every page with its URL path and whether it has widgets', () => {
    expect(pageJsBytes(dist).map((p) => [p.page, p.hasWidgets])).toEqual([
      ['/', false],
      ['/404.html', false],
      ['/boot-process/', true],
      ['/exam/', true],
      ['/networking/', true],
      ['/ports-and-services/', true],
      ['/virtualization-basics/', true],
    ]);
  });

  it('at page open follows static import chains, counts each file once, and does not follow import()', () => {
    const boot = page('/boot-process/');
    expect(boot.files).toEqual([...TOC, LOADER, '_astro/preload-helper.P1.js', '_astro/search.js', '_astro/sorter.js'].sort());
    const inline = 'import "/_astro/shared.js";window.x=1';
    expect(boot.inlineGzipBytes).toBe(gz(inline));
    expect(boot.gzipBytes).toBe(sum(boot.files) + gz(inline));
  });

  it('ignores JSON-LD, other origins and Starlight\'s search UI in every figure', () => {
    const home = page('/');
    expect(home.files).toEqual([...TOC, '_astro/search.js'].sort());
    const inline = 'document.documentElement.dataset.theme="dark"';
    expect(home.gzipBytes).toBe(sum(home.files) + gz(inline));
    expect(home).toMatchObject({ liveGzipBytes: home.gzipBytes, typedLineGzipBytes: 0, widgetTags: [], typedLineKits: [] });
    for (const p of pageJsBytes(dist)) expect([...p.liveFiles, ...p.typedLineFiles]).not.toContain('_astro/ui-core.js');
    expect(page('/404.html')).toMatchObject({ gzipBytes: 0, liveGzipBytes: 0, files: [], inlineGzipBytes: 0 });
  });

  it('counts live the element chunks of only the tags on the page, with their static graphs, and no optional kit when none is needed', () => {
    const boot = page('/boot-process/');
    expect(boot.widgetTags).toEqual(['esxi-quiz', 'esxi-terminal']); // not the commented-out DCUI, not the sorter (loads with the page)
    expect(boot.liveKits).toEqual([]);
    const added = [...LAB, '_astro/terminal-element.T1.js', '_astro/quiz-element.Q1.js', '_astro/progress.G1.js'];
    expect(boot.liveFiles).toEqual([...boot.files, ...added].sort());
    expect(boot.liveGzipBytes).toBe(boot.gzipBytes + sum(added));
  });

  it('counts live the kits named by the elements\' kits attributes and by the manifest, each file once', () => {
    const ports = page('/ports-and-services/');
    expect(ports.widgetTags).toEqual(['esxi-dcui', 'esxi-terminal']);
    expect(ports.liveKits).toEqual(['services']);
    // dcui-menus is imported by both the DCUI element and the services kit: once.
    const added = [...LAB, '_astro/terminal-element.T1.js', '_astro/dcui-element.D1.js', '_astro/dcui-menus.M1.js', '_astro/services.K1.js'];
    expect(ports.liveGzipBytes).toBe(ports.gzipBytes + sum(added));

    const net = page('/networking/');
    expect(net.liveKits).toEqual(['network', 'storage']); // network from the manifest, storage from the attribute
    expect(net.liveFiles).not.toContain('_astro/dcui-element.D1.js');
    // The scenario panel's element and its kit's scenarios (selectors.N1.js, which they import, counted once).
    const netAdded = [
      ...LAB, '_astro/terminal-element.T1.js', '_astro/switch-diagram-element.W1.js', '_astro/selectors.N1.js', '_astro/network.K2.js', '_astro/storage.K3.js', '_astro/workloads.X1.js',
      '_astro/scenario-element.Z1.js', '_astro/network-scenarios.E2.js',
    ];
    expect(net.liveGzipBytes).toBe(net.gzipBytes + sum(netAdded));
    expect(net.liveFiles).not.toContain('_astro/services-scenarios.E1.js');
  });

  it('reports what typed lines fetch: every kit\'s commands, with its engine when the page has not loaded it, without what is already live', () => {
    const BASE = ['_astro/base-commands.B1.js'];
    const SERVICES = ['_astro/services.K1.js', '_astro/dcui-menus.M1.js', '_astro/services-commands.C1.js'];
    const NETWORK = ['_astro/network.K2.js', '_astro/selectors.N1.js', '_astro/network-commands.C2.js'];
    const STORAGE = ['_astro/storage.K3.js', '_astro/workloads.X1.js', '_astro/storage-commands.C3.js'];
    const boot = page('/boot-process/');
    expect(boot.typedLineKits).toEqual(['base', 'network', 'services', 'storage']);
    // core.C1.js, imported by the base commands and the services kit, is already live (through the sim store).
    const typed = [...BASE, ...SERVICES, ...NETWORK, ...STORAGE];
    expect(boot.typedLineFiles).toEqual([...typed].sort());
    expect(boot.typedLineGzipBytes).toBe(sum(typed));
    // One kit at a time: what the first line naming one of its commands fetches.
    expect(boot.typedLineKitGzipBytes).toEqual({ base: sum(BASE), network: sum(NETWORK), services: sum(SERVICES), storage: sum(STORAGE) });

    // The services engine is live: only its commands are fetched.
    const ports = page('/ports-and-services/');
    expect(ports.typedLineKits).toEqual(['base', 'network', 'services', 'storage']);
    expect(ports.typedLineKitGzipBytes.services).toBe(sum(['_astro/services-commands.C1.js']));
    expect(ports.typedLineGzipBytes).toBe(sum([...BASE, '_astro/services-commands.C1.js', ...NETWORK, ...STORAGE]));

    // The network and storage engines and the selectors are live on the networking page.
    const net = page('/networking/');
    expect(net.typedLineFiles).toEqual([...BASE, ...SERVICES, '_astro/network-commands.C2.js', '_astro/storage-commands.C3.js'].sort());
    expect(net.typedLineKitGzipBytes).toEqual({
      base: sum(BASE),
      network: sum(['_astro/network-commands.C2.js']),
      services: sum(SERVICES),
      storage: sum(['_astro/storage-commands.C3.js']),
    });
    for (const p of pageJsBytes(dist)) expect(p.typedLineFiles.filter((f) => p.liveFiles.includes(f))).toEqual([]);
  });

  it('fetches nothing for typed lines on a page without a shell, and nothing on demand on a page without the loader', () => {
    const basics = page('/virtualization-basics/');
    expect(basics.widgetTags).toEqual(['esxi-quiz']);
    expect(basics.liveGzipBytes).toBe(basics.gzipBytes + sum(['_astro/quiz-element.Q1.js', '_astro/progress.G1.js']));
    expect(basics).toMatchObject({ typedLineGzipBytes: 0, typedLineKits: [], typedLineFiles: [], typedLineKitGzipBytes: {} });
    const exam = page('/exam/');
    expect(exam.gzipBytes).toBe(gz(FILES['_astro/sorter.js']!));
    expect(exam.liveGzipBytes).toBe(exam.gzipBytes);
  });

  it('says clearly when the loader chunk has no manifest, or pages have widgets but no loader', () => {
    const noManifest = writeDist({ ...FILES, [LOADER]: 'import{t as e}from"./preload-helper.P1.js";const w=[...document.querySelectorAll(`esxi-terminal`)];e(()=>import(`./terminal-element.T1.js`));' });
    others.push(noManifest);
    expect(() => pageJsBytes(noManifest)).toThrow(/no widget manifest in the loader chunk _astro\/PageWidgets/);
    const renamed = writeDist(
      Object.fromEntries(
        Object.entries(FILES)
          .filter(([path]) => path !== LOADER)
          .map(([path, text]) => [path, text.replaceAll(LOADER, '_astro/Widgets.Z9.js')])
          .concat([['_astro/Widgets.Z9.js', loaderSource(MANIFEST)]]),
      ),
    );
    others.push(renamed);
    expect(() => pageJsBytes(renamed)).toThrow(/none loads a widget loader chunk/);
    const unknownKit = writeDist({ ...FILES, 'networking/index.html': FILES['networking/index.html']!.replace('kits="storage"', 'kits="vcenter"') });
    others.push(unknownKit);
    expect(() => pageJsBytes(unknownKit)).toThrow(/<esxi-terminal> on \/networking\/ needs kit "vcenter"/);
  });

  it('says clearly when there is no build', () => {
    expect(() => pageJsBytes(join(dist, 'missing'))).toThrow(/no built site/);
  });
});
