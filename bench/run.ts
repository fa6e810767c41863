/// <reference types="node" />
/**
 * npm run bench [-- --skip-build]
 *
 * Measures the site against its performance budgets and prints each figure beside its budget:
 *   1. full build time (astro build)                          at most 30 s
 *   2. gzip JavaScript per chapter with widgets                 at most 12 KB at page open,
 *      at most 64 KB with every widget live (its element code and the kits it needs, fetched
 *      on demand), and, without a budget, what typed lines would fetch on top (each kit's
 *      commands, with its engine when the page has not loaded it); the embed pages as their
 *      heaviest against the same budgets; pages without widgets for comparison
 *   3. sim-core exec throughput in Node, mixed commands       at least 20,000 commands/s
 *   4. key press to rendered output in Chromium, p95          at most 16 ms
 *   5. one simulated hour of dvswitch-lab at 1 s ticks, Node   at most 100 ms
 *   6. the slowest of a fixed list of hostile lines, Node      at most 50 ms
 *   7. a command with the terminal at its transcript cap, p95  at most 4 ms
 *   8. the practice exam page's HTML, gzip                      at most 60 KB (its questions are fetched)
 * Exit code 1 if any figure falls short of its budget or could not be measured, 0 otherwise.
 * The budgets live in budgets.ts, not in timed tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeBuild } from './build-time';
import { pageJsBytes, type PageJs } from './js-bytes';
import { EXAM_PAGE, pageHtmlGzipBytes } from './html-bytes';
import { measureLatency } from './latency';
import { measureThroughput } from './throughput';
import { measureNetworkSim } from './network-sim';
import { measureHostileLines } from './hostile';
import { BUDGETS } from './budgets';


type Status = 'ok' | 'FALLS SHORT' | 'not measured' | '';
interface Row {
  figure: string;
  value: string;
  budget: string;
  status: Status;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const args = new Set(process.argv.slice(2));
const skipBuild = args.has('--skip-build');

const rows: Row[] = [];
const notes: string[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const check = (ok: boolean): Status => (ok ? 'ok' : 'FALLS SHORT');
const section = (title: string) => process.stderr.write(`… ${title}\n`);

// 1. Build (first: the page weights and the browser measurement need dist/).
let haveDist = existsSync(join(DIST, 'index.html'));
if (skipBuild) {
  rows.push({ figure: 'build time (astro build)', value: 'skipped (--skip-build)', budget: `≤ ${BUDGETS.buildSeconds} s`, status: '' });
  if (!haveDist) notes.push('--skip-build was given but dist/ has no index.html: run without --skip-build first.');
} else {
  section('building the site (astro build)');
  const build = await timeBuild(ROOT);
  if (build.ok) {
    rows.push({ figure: 'build time (astro build)', value: `${build.seconds.toFixed(1)} s`, budget: `≤ ${BUDGETS.buildSeconds} s`, status: check(build.seconds <= BUDGETS.buildSeconds) });
  } else {
    rows.push({ figure: 'build time (astro build)', value: `build failed after ${build.seconds.toFixed(1)} s`, budget: `≤ ${BUDGETS.buildSeconds} s`, status: 'not measured' });
    notes.push(`astro build failed (exit code ${build.exitCode}); the page weights and the browser figure need a build. Its last lines:\n${indent(build.tail)}`);
  }
  haveDist = build.ok && existsSync(join(DIST, 'index.html'));
}

// 2. JavaScript per page.
let pages: PageJs[] = [];
if (haveDist) {
  section('weighing the JavaScript of each page');
  pages = pageJsBytes(DIST);
  const isEmbed = (page: PageJs) => page.page.startsWith('/embed/');
  for (const page of pages.filter((p) => p.hasWidgets && !isEmbed(p))) {
    rows.push({
      figure: `JS gzip ${page.page} at page open`,
      value: kb(page.gzipBytes),
      budget: `≤ ${kb(BUDGETS.widgetPageGzipBytes)}`,
      status: check(page.gzipBytes <= BUDGETS.widgetPageGzipBytes),
    });
    rows.push({
      figure: `JS gzip ${page.page} every widget live${page.liveKits.length > 0 ? ` (kits: ${page.liveKits.join(', ')})` : ''}`,
      value: kb(page.liveGzipBytes),
      budget: `≤ ${kb(BUDGETS.widgetPageLiveGzipBytes)}`,
      status: check(page.liveGzipBytes <= BUDGETS.widgetPageLiveGzipBytes),
    });
    if (page.typedLineKits.length > 0) {
      rows.push({
        figure: `JS gzip ${page.page} fetched by typed lines (${page.typedLineKits.map((kit) => `${kit} ${kb(page.typedLineKitGzipBytes[kit] ?? 0)}`).join(', ')})`,
        value: `+${kb(page.typedLineGzipBytes)}`,
        budget: '(no budget)',
        status: '',
      });
    }
  }
  const embeds = pages.filter((p) => p.hasWidgets && isEmbed(p));
  if (embeds.length > 0) {
    const heaviest = (bytes: (p: PageJs) => number) => embeds.reduce((a, b) => (bytes(b) > bytes(a) ? b : a));
    const open = heaviest((p) => p.gzipBytes);
    const live = heaviest((p) => p.liveGzipBytes);
    const overOpen = embeds.filter((p) => p.gzipBytes > BUDGETS.widgetPageGzipBytes).length;
    const overLive = embeds.filter((p) => p.liveGzipBytes > BUDGETS.widgetPageLiveGzipBytes).length;
    rows.push({
      figure: `JS gzip ${embeds.length} embed pages at page open, heaviest ${open.page}`,
      value: kb(open.gzipBytes),
      budget: `≤ ${kb(BUDGETS.widgetPageGzipBytes)}`,
      status: check(overOpen === 0),
    });
    rows.push({
      figure: `JS gzip ${embeds.length} embed pages every widget live, heaviest ${live.page}`,
      value: kb(live.liveGzipBytes),
      budget: `≤ ${kb(BUDGETS.widgetPageLiveGzipBytes)}`,
      status: check(overLive === 0),
    });
    if (overLive > 0) notes.push(`${overLive} of ${embeds.length} embed pages are over ${kb(BUDGETS.widgetPageLiveGzipBytes)} with every widget live.`);
  }
  for (const page of pages.filter((p) => !p.hasWidgets && !isEmbed(p))) {
    rows.push({ figure: `JS gzip ${page.page} at page open`, value: kb(page.gzipBytes), budget: '(no widgets, for comparison)', status: '' });
  }
  notes.push(
    'JS gzip: "every widget live" is page open plus the element code of each widget on the page and the kits those widgets need; ' +
      '"fetched by typed lines" is what lines naming each kit\'s commands would fetch on top: the commands, with the kit\'s engine when not live (each kit alone in brackets), ' +
      "on pages with a terminal or command chip. Starlight's search UI is in no figure.",
  );
  if (!pages.some((p) => p.hasWidgets)) notes.push(`No built page contains an <esxi-...> widget, so no page had the ${kb(BUDGETS.widgetPageGzipBytes)} budget to meet.`);
} else {
  rows.push({ figure: 'JS gzip per widget page', value: 'no dist/', budget: `≤ ${kb(BUDGETS.widgetPageGzipBytes)}`, status: 'not measured' });
}

// 6 (cheap, so beside 2). The exam page's own HTML: its questions come as JSON, on demand.
const examFigure = `HTML gzip ${EXAM_PAGE} (questions fetched as JSON)`;
if (haveDist) {
  try {
    const bytes = pageHtmlGzipBytes(DIST, EXAM_PAGE);
    rows.push({ figure: examFigure, value: kb(bytes), budget: `≤ ${kb(BUDGETS.examPageHtmlGzipBytes)}`, status: check(bytes <= BUDGETS.examPageHtmlGzipBytes) });
  } catch (error) {
    rows.push({ figure: examFigure, value: 'not built', budget: `≤ ${kb(BUDGETS.examPageHtmlGzipBytes)}`, status: 'not measured' });
    notes.push(`exam page HTML: ${(error as Error).message}`);
  }
} else {
  rows.push({ figure: examFigure, value: 'no dist/', budget: `≤ ${kb(BUDGETS.examPageHtmlGzipBytes)}`, status: 'not measured' });
}

// 3. sim-core throughput.
section('running sim-core exec for about 2 s');
try {
  const t = measureThroughput();
  rows.push({
    figure: 'sim-core exec, mixed commands',
    value: `${Math.round(t.commandsPerSecond).toLocaleString('en-US')} /s`,
    budget: `≥ ${BUDGETS.commandsPerSecond.toLocaleString('en-US')} /s`,
    status: check(t.commandsPerSecond >= BUDGETS.commandsPerSecond),
  });
} catch (error) {
  rows.push({ figure: 'sim-core exec, mixed commands', value: 'crashed', budget: `≥ ${BUDGETS.commandsPerSecond.toLocaleString('en-US')} /s`, status: 'not measured' });
  notes.push(`sim-core throughput: ${(error as Error).stack ?? String(error)}`);
}

// 5 (cheap, so beside 3). The network kit's traffic model: NIOC every second, LBT every 30 s.
section('simulating one hour of dvswitch-lab at 1 s ticks');
try {
  const net = measureNetworkSim();
  rows.push({
    figure: 'network sim, 1 h of dvswitch-lab at 1 s',
    value: `${net.ms.toFixed(1)} ms`,
    budget: `≤ ${BUDGETS.networkHourMs} ms`,
    status: check(net.ms <= BUDGETS.networkHourMs),
  });
  notes.push(`Network sim: ${net.ticks} ticks, two hosts with four uplinks each and 40 VM ports, LBT on; best of 5 runs; ${net.moves} LBT moves kept.`);
} catch (error) {
  rows.push({ figure: 'network sim, 1 h of dvswitch-lab at 1 s', value: 'crashed', budget: `≤ ${BUDGETS.networkHourMs} ms`, status: 'not measured' });
  notes.push(`network sim: ${(error as Error).stack ?? String(error)}`);
}

// 6 (cheap, so beside 3). Lines that once froze a tab: the slowest of them.
section('running the hostile lines');
try {
  const hostile = measureHostileLines();
  rows.push({
    figure: `slowest hostile line (${hostile.slowest.name})`,
    value: `${hostile.slowest.ms.toFixed(1)} ms`,
    budget: `≤ ${BUDGETS.hostileLineMs} ms`,
    status: check(hostile.slowest.ms <= BUDGETS.hostileLineMs),
  });
  notes.push(`Hostile lines (best of 5 each, bench/hostile.ts): ${hostile.times.map((t) => `${t.name} ${t.ms.toFixed(1)} ms`).join('; ')}.`);
} catch (error) {
  rows.push({ figure: 'slowest hostile line', value: 'crashed', budget: `≤ ${BUDGETS.hostileLineMs} ms`, status: 'not measured' });
  notes.push(`hostile lines: ${(error as Error).stack ?? String(error)}`);
}

// 4 and 7. Key press to rendered output in Chromium, then with the transcript at its cap.
const latencyFigure = 'key → rendered output, p95 (Chromium)';
const capFigure = 'command at the transcript cap, key → output in DOM, p95';
if (haveDist) {
  section('measuring key press to rendered output in Chromium');
  const latency = await measureLatency({ root: ROOT, atCap: { fill: 'ls /; '.repeat(400), presses: 60 } });
  if (latency.ok) {
    rows.push({ figure: latencyFigure, value: `${latency.p95.toFixed(1)} ms`, budget: `≤ ${BUDGETS.keyToRenderP95Ms} ms`, status: check(latency.p95 <= BUDGETS.keyToRenderP95Ms) });
    rows.push({ figure: 'key → rendered output, p50', value: `${latency.p50.toFixed(1)} ms`, budget: '', status: '' });
    rows.push({ figure: 'key → output in DOM, p95 (script only)', value: `${latency.outputP95.toFixed(1)} ms`, budget: '', status: '' });
    notes.push(`Latency: ${latency.samples.length} presses of Enter on ${latency.url} in ${latency.browser}; worst ${latency.max.toFixed(1)} ms.`);
    if (latency.atCap && latency.atCap.lines >= 900) {
      rows.push({ figure: capFigure, value: `${latency.atCap.outputP95.toFixed(1)} ms`, budget: `≤ ${BUDGETS.commandAtTranscriptCapMs} ms`, status: check(latency.atCap.outputP95 <= BUDGETS.commandAtTranscriptCapMs) });
      notes.push(`Transcript cap: after one line filled it to 1,000 lines, ${latency.atCap.lines} lines on screen at the end; p50 ${latency.atCap.outputP50.toFixed(1)} ms; slowest ${latency.atCap.outputMax.toFixed(1)} ms (a press that trimmed the oldest 100 or so lines, once every fifty or so commands).`);
    } else {
      rows.push({ figure: capFigure, value: 'not measured', budget: `≤ ${BUDGETS.commandAtTranscriptCapMs} ms`, status: 'not measured' });
      notes.push(`Transcript cap: the screen held ${latency.atCap?.lines ?? 0} lines, not a full transcript.`);
    }
  } else {
    rows.push({ figure: latencyFigure, value: 'not measured', budget: `≤ ${BUDGETS.keyToRenderP95Ms} ms`, status: 'not measured' });
    rows.push({ figure: capFigure, value: 'not measured', budget: `≤ ${BUDGETS.commandAtTranscriptCapMs} ms`, status: 'not measured' });
    notes.push(`Latency not measured: ${latency.reason}`);
  }
} else {
  rows.push({ figure: latencyFigure, value: 'no dist/', budget: `≤ ${BUDGETS.keyToRenderP95Ms} ms`, status: 'not measured' });
  rows.push({ figure: capFigure, value: 'no dist/', budget: `≤ ${BUDGETS.commandAtTranscriptCapMs} ms`, status: 'not measured' });
}

// Report.
printTable(rows);
for (const note of notes) console.log(`\n${note}`);
const short = rows.filter((r) => r.status === 'FALLS SHORT');
const missing = rows.filter((r) => r.status === 'not measured');
console.log('');
if (short.length === 0 && missing.length === 0) {
  console.log('All measured figures are within budget.');
} else {
  if (short.length > 0) console.log(`FALLS SHORT (${short.length}): ${short.map((r) => r.figure).join('; ')}`);
  if (missing.length > 0) console.log(`NOT MEASURED (${missing.length}): ${missing.map((r) => r.figure).join('; ')}`);
}
process.exitCode = short.length > 0 || missing.length > 0 ? 1 : 0;

function printTable(table: Row[]) {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget', status: 'ok/FALLS SHORT' as Status };
  const all = [header, ...table];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const w = { figure: width('figure'), value: width('value'), budget: width('budget') };
  const line = (r: Row) => `${r.figure.padEnd(w.figure)} | ${r.value.padStart(r === header ? 0 : w.value).padEnd(w.value)} | ${r.budget.padEnd(w.budget)} | ${r.status}`.trimEnd();
  console.log('');
  console.log(line(header));
  console.log(`${'-'.repeat(w.figure)}-|-${'-'.repeat(w.value)}-|-${'-'.repeat(w.budget)}-|-${'-'.repeat(14)}`);
  for (const r of table) console.log(line(r));
}

function indent(text: string) {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
