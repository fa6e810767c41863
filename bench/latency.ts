/// <reference types="node" />
/**
 * Key press to rendered output in a real Chromium: serve dist/ with `astro preview`, open a
 * chapter, type a command into the first terminal and press Enter, many times.
 *
 * The timing is taken inside the page, so Playwright's round trips do not count: a capturing
 * keydown listener notes performance.now() when Enter goes down, a MutationObserver on the
 * terminal's output notes the first change after it, and a requestAnimationFrame callback
 * after that change notes when the frame that shows it begins (an approximation of paint).
 * The figure per press is keydown -> that frame.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export interface LatencyOptions {
  root: string;
  pagePath?: string;
  command?: string;
  presses?: number;
  warmups?: number;
  port?: number;
  executablePath?: string;
  /**
   * Then, with the transcript filled to its cap by one press of `fill`, `presses` more of the
   * command: what a command costs in a long session (the screen must not be redrawn whole).
   */
  atCap?: { fill: string; presses: number };
}

/** Key press to output in the DOM (script, and the layout it forces), with the terminal at its transcript cap. */
export interface AtCapResult {
  outputP50: number;
  outputP95: number;
  /** The slowest press: one that made the transcript trim its oldest lines (once every fifty or so commands). */
  outputMax: number;
  lines: number;
}

export interface LatencySample {
  /** Enter keydown -> first mutation of the terminal output (script work only). */
  toOutput: number;
  /** Enter keydown -> the next animation frame after the output changed (approximates paint). */
  toFrame: number;
}

export type LatencyResult =
  | { ok: true; samples: LatencySample[]; p50: number; p95: number; outputP95: number; max: number; url: string; browser: string; atCap?: AtCapResult }
  | { ok: false; reason: string };

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

async function waitForUrl(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(3000).then(() => true)]);
  if (timedOut) child.kill('SIGKILL');
}

/** Installed in the page: records one sample per Enter pressed inside the first terminal. */
function installProbe() {
  interface Pending { t0: number; tOutput?: number }
  const terminal = document.querySelector('esxi-terminal');
  const screen = terminal?.querySelector('.esxi-terminal__screen');
  if (!terminal || !screen) throw new Error('no <esxi-terminal> with a .esxi-terminal__screen on this page');
  const probe = { samples: [] as { toOutput: number; toFrame: number }[], pending: null as Pending | null };
  (window as unknown as { __latencyProbe: typeof probe }).__latencyProbe = probe;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && event.target instanceof Node && terminal.contains(event.target)) probe.pending = { t0: performance.now() };
    },
    true,
  );
  new MutationObserver(() => {
    const pending = probe.pending;
    if (!pending || pending.tOutput !== undefined) return;
    pending.tOutput = performance.now();
    requestAnimationFrame(() => {
      const tFrame = performance.now();
      probe.samples.push({ toOutput: pending.tOutput! - pending.t0, toFrame: tFrame - pending.t0 });
      probe.pending = null;
    });
  }).observe(screen, { childList: true, subtree: true, characterData: true });
}

type ProbeWindow = { __latencyProbe: { samples: LatencySample[] } };

/** Fills the transcript with one press of `fill`, then times `presses` presses of `command` against the full transcript. */
async function measureAtCap(page: Page, input: Locator, command: string, atCap: { fill: string; presses: number }, sampled: number): Promise<AtCapResult> {
  await input.fill(atCap.fill);
  await input.press('Enter');
  let seen = sampled + 1;
  await page.waitForFunction((want) => (window as unknown as ProbeWindow).__latencyProbe.samples.length >= want, seen, { timeout: 15_000 });
  for (let n = 0; n < atCap.presses; n++) {
    await input.fill(command);
    await input.press('Enter');
    seen++;
    await page.waitForFunction((want) => (window as unknown as ProbeWindow).__latencyProbe.samples.length >= want, seen, { timeout: 5000 });
  }
  const samples = (await page.evaluate(() => (window as unknown as ProbeWindow).__latencyProbe.samples)).slice(sampled + 1);
  const lines = await page.evaluate(() => document.querySelector('esxi-terminal .esxi-terminal__screen')?.children.length ?? 0);
  // The figure is for a full transcript: after the fill the screen holds between the trim size and the cap.
  const output = samples.map((sample) => sample.toOutput);
  return { outputP50: percentile(output, 50), outputP95: percentile(output, 95), outputMax: Math.max(...output), lines };
}

export async function measureLatency(options: LatencyOptions): Promise<LatencyResult> {
  const { root, pagePath = '/boot-process/', command = 'vmware -v', presses = 60, warmups = 5 } = options;
  const executablePath = options.executablePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    return { ok: false, reason: `no Chromium at ${executablePath} (install it with apt-get install -y chromium, or set CHROME_PATH)` };
  }
  if (!existsSync(join(root, 'dist', pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : ''))) {
    return { ok: false, reason: `dist has no page ${pagePath} (build the site first)` };
  }

  const wanted = options.port ?? 4330;
  const port = (await portIsFree(wanted)) ? wanted : await anyFreePort();
  const binDir = join(root, 'node_modules', '.bin');
  const output: string[] = [];
  const server = spawn(join(binDir, 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  server.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const spawnError = new Promise<never>((_, reject) => server.once('error', reject));
  spawnError.catch(() => undefined);

  let browser: Browser | undefined;
  const url = `http://127.0.0.1:${port}${pagePath}`;
  try {
    await Promise.race([waitForUrl(url, server, 30_000, () => output.join('').trim().split('\n').slice(-10).join('\n')), spawnError]);
    try {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
    } catch (error) {
      return { ok: false, reason: `Chromium at ${executablePath} would not start: ${(error as Error).message.split('\n')[0]}` };
    }
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const input = page.getByRole('textbox', { name: 'Command' }).first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    // The lab's code loads as the reader reaches the terminal; the figure is for a live one.
    await input.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const field = document.querySelector<HTMLInputElement>('esxi-terminal .esxi-terminal__input');
      return field !== null && !field.disabled;
    });
    await page.evaluate(installProbe);

    const count = () => page.evaluate(() => (window as unknown as { __latencyProbe: { samples: unknown[] } }).__latencyProbe.samples.length);
    for (let n = 1; n <= warmups + presses; n++) {
      await input.fill(command);
      await input.press('Enter');
      await page.waitForFunction((want) => (window as unknown as { __latencyProbe: { samples: unknown[] } }).__latencyProbe.samples.length >= want, n, { timeout: 5000 });
    }
    if ((await count()) !== warmups + presses) throw new Error('the terminal output changed more often than Enter was pressed');
    const all = await page.evaluate(() => (window as unknown as { __latencyProbe: { samples: LatencySample[] } }).__latencyProbe.samples);
    const samples = all.slice(warmups);
    const atCap = options.atCap ? await measureAtCap(page, input, command, options.atCap, all.length) : undefined;
    const frames = samples.map((s) => s.toFrame);
    return {
      ok: true,
      samples,
      p50: percentile(frames, 50),
      p95: percentile(frames, 95),
      max: Math.max(...frames),
      outputP95: percentile(samples.map((s) => s.toOutput), 95),
      url,
      browser: `Chromium ${browser.version()}`,
      ...(atCap ? { atCap } : {}),
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n').slice(0, 6).join('\n') };
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
  }
}
