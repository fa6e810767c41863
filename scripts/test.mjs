// `npm test`: every test, in the order a failure is cheapest to find:
// the no-DOM type check of sim-core, the site's type check, unit and content tests (vitest),
// the site build,
// then the reader's view in Chromium (Playwright), then the site built under a sub-path
// (/inside-esxi/, as on GitHub Pages) and its lean browser pass. Ends with one summary line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('reports', { recursive: true });
rmSync('reports/vitest.json', { force: true });
rmSync('reports/playwright.json', { force: true });
rmSync('reports/playwright-subpath.json', { force: true });

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const steps = [];
steps.push(['sim-core type check (no DOM)', run('sim-core type check (no DOM)', bin('tsc'), ['-p', 'sim-core/tsconfig.json', '--noEmit'])]);
steps.push(['site type check', run('site type check', bin('astro'), ['check'])]);
steps.push(['unit and content tests', run('unit and content tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'])]);
const built = run('site build', bin('astro'), ['build']);
steps.push(['site build', built]);
if (built) {
  steps.push(['browser tests', run('browser tests', bin('playwright'), ['test'])]);
}
// The same site for a host that serves it under a path (README, "Deploy"); see playwright.subpath.config.ts.
const builtUnderPath = run('sub-path build', bin('astro'), ['build', '--outDir', 'dist-subpath'], { BASE_PATH: '/inside-esxi/' });
steps.push(['sub-path build', builtUnderPath]);
if (builtUnderPath) {
  steps.push(['sub-path browser tests', run('sub-path browser tests', bin('playwright'), ['test', '--config', 'playwright.subpath.config.ts'])]);
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
for (const report of ['reports/playwright.json', 'reports/playwright-subpath.json']) {
  const playwright = readJson(report);
  if (!playwright?.stats) continue;
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
}
// A step that failed without reporting tests (type errors, a broken build) still counts as a failure.
for (const [label, ok] of steps) {
  if (!ok && !['unit and content tests', 'browser tests', 'sub-path browser tests'].includes(label)) failed += 1;
}
const allOk = steps.every(([, ok]) => ok) && failed === 0;
if (!allOk) console.log(`\nFailed steps: ${steps.filter(([, ok]) => !ok).map(([label]) => label).join(', ') || 'none (test failures)'}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(allOk ? 0 : 1);
