/// <reference types="node" />
/**
 * The slowest of a fixed list of hostile lines in Node: lines a fuzzer (or a curious reader)
 * found that once froze a tab, each on a lab set up for it. Every line must answer, with its
 * output or a clear refusal, well within one frame budget or so.
 */
import { performance } from 'node:perf_hooks';
import { fullSim, type LabState } from '#sim-core';

export interface HostileLine {
  /** What the line is, for the report. */
  name: string;
  /** Lines run first, untimed (a long name to match, a file to double). */
  setup?: readonly string[];
  line: string;
}

const LONG_NAME = 'a'.repeat(60);
const doubled = (dir: string, times: number) => [`echo ${'x'.repeat(3999)} > ${dir}/f`, ...Array.from({ length: times }, () => `cat ${dir}/f >> ${dir}/f`)];

/** The lines of issue 15, and the limits they meet. */
export const HOSTILE_LINES: readonly HostileLine[] = [
  { name: 'ls / + 30 stars + zzz', line: `ls /${'*'.repeat(30)}zzz` },
  { name: 'ls /tmp/************x by a 60-character name', setup: [`touch /tmp/${LONG_NAME}`], line: 'ls /tmp/************x' },
  { name: 'echo /*/../*/../*/../*/../*', line: 'echo /*/../*/../*/../*/../*' },
  { name: "grep -E '(a|a)*$'", line: `echo ${'a'.repeat(27)}! | grep -E '(a|a)*$'` },
  { name: "grep -E '(a+)+$'", line: `echo ${'a'.repeat(27)}! | grep -E '(a+)+$'` },
  { name: 'grep past its step budget', setup: [`echo ${'ab'.repeat(1000)} > /tmp/long`], line: "grep -E '[ab]{1,250}x' /tmp/long /tmp/long" },
  { name: 'ls; x 1,000', line: 'ls; '.repeat(1000) },
  { name: '2,000 star words', line: `echo ${'* '.repeat(2000)}` },
  { name: 'the 16th doubling of a file in /', setup: doubled('', 15), line: 'cat /f >> /f' },
  { name: 'the 16th doubling of a file in /tmp', setup: doubled('/tmp', 15), line: 'cat /tmp/f >> /tmp/f' },
  { name: 'cat of a 125M file to the screen', setup: doubled('/tmp', 15), line: 'cat /tmp/f' },
  { name: 'wc -l of a 125M file', setup: doubled('/tmp', 15), line: 'wc -l /tmp/f' },
  { name: 'grep through a 125M file', setup: doubled('/tmp', 15), line: 'grep y /tmp/f' },
  { name: 'cat of a 125M file | wc -l', setup: doubled('/tmp', 15), line: 'cat /tmp/f | wc -l' },
  { name: 'a line past the length cap', line: `echo ${'a'.repeat(5000)}` },
];

export interface HostileResult {
  /** Each line's best time over its runs, in ms (the best of a few, as the other timings: the machine's noise only adds). */
  times: { name: string; ms: number }[];
  slowest: { name: string; ms: number };
}

/** Runs each line `runs` times on its own set-up lab (after one warm-up) and keeps its best time. */
export function measureHostileLines(runs = 5, lines: readonly HostileLine[] = HOSTILE_LINES): HostileResult {
  const times = lines.map((hostile) => {
    let lab: LabState = fullSim.createLab('after-upgrade');
    for (const setup of hostile.setup ?? []) lab = fullSim.exec(lab, 'esx01', setup).lab;
    fullSim.exec(lab, 'esx01', hostile.line);
    const samples: number[] = [];
    for (let n = 0; n < runs; n++) {
      const start = performance.now();
      fullSim.exec(lab, 'esx01', hostile.line);
      samples.push(performance.now() - start);
    }
    return { name: hostile.name, ms: Math.min(...samples) };
  });
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { times, slowest };
}
