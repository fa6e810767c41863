/// <reference types="node" />
/** Full site build time: `astro build`, run from the project's own node_modules/.bin. */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  exitCode: number | null;
  /** The last lines of the build's output (stdout and stderr), for a failure report. */
  tail: string;
}

export function timeBuild(root: string, tailLines = 25): Promise<BuildResult> {
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const binDir = join(root, 'node_modules', '.bin');
  return new Promise((resolvePromise) => {
    const start = performance.now();
    const chunks: string[] = [];
    const child = spawn(astro, ['build'], {
      cwd: root,
      env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    const done = (exitCode: number | null, extra = '') => {
      const seconds = (performance.now() - start) / 1000;
      const tail = (chunks.join('') + extra).trimEnd().split('\n').slice(-tailLines).join('\n');
      resolvePromise({ ok: exitCode === 0, seconds, exitCode, tail });
    };
    child.on('error', (err) => done(null, `\n${err.message}`));
    child.on('close', (code) => done(code));
  });
}
