import { exec } from './sim';
import { dispatch } from './sim';
import { createLab } from './sim';
import type { ConsoleKey, LabState } from '../lab/types';

/** Helpers other tests may use: run lines, press keys, read output as text. */
export function run(lab: LabState, line: string, host = 'esx01') {
  const result = exec(lab, host, line);
  return { ...result, text: result.output.map((entry) => entry.text).join('\n'), stdout: result.output.filter((entry) => entry.kind === 'stdout').map((entry) => entry.text) };
}

export function press(lab: LabState, ...keys: ConsoleKey[]): LabState {
  return keys.reduce((next, key) => dispatch(next, { type: 'console-key', host: 'esx01', key }), lab);
}

export function wait(lab: LabState, ms: number): LabState {
  return dispatch(lab, { type: 'tick', ms });
}

/** The value of a key in a boot.cfg printed by `cat`. */
export function cfgValue(text: string, key: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1);
}

/**
 * A shell session that carries the lab from line to line, as a reader's terminal does.
 * `shell('esx01')(line)` returns the exit code and the stdout and stderr lines.
 */
export function shell(preset = 'after-upgrade', host = 'esx01') {
  let lab: LabState = createLab(preset);
  const runLine = (line: string) => {
    const result = exec(lab, host, line);
    lab = result.lab;
    const texts = (kind: string) => result.output.filter((entry) => entry.kind === kind).map((entry) => entry.text);
    return { exitCode: result.exitCode, stdout: texts('stdout'), stderr: texts('stderr'), clearScreen: result.clearScreen };
  };
  return Object.assign(runLine, { lab: () => lab, cwd: () => lab.hosts[host]!.shell.cwd });
}

/** The cells of one perfmon-CSV line (every cell quoted, as esxtop -b writes them). */
export const csvCells = (line: string): string[] => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!.replace(/""/g, '"'));

/**
 * `esxtop -b -n 1` on `host`, read back: the first sample's counters by device and counter name
 * (from the `\\host\Object(device)\Counter` column headers).
 */
export function esxtopSample(lab: LabState, host = 'esx01'): Record<string, Record<string, number>> {
  const [header, row] = exec(lab, host, 'esxtop -b -n 1').output.map((entry) => csvCells(entry.text));
  const sample: Record<string, Record<string, number>> = {};
  header!.slice(1).forEach((path, i) => {
    const [, device, counter] = /\((.+)\)\\([^\\]+)$/.exec(path)!;
    (sample[device!] ??= {})[counter!] = Number(row![i + 1]);
  });
  return sample;
}

/** The sample of the array's LUN (the one naa. device a lab host sees). */
export const naaSample = (lab: LabState, host = 'esx01'): Record<string, number> => Object.entries(esxtopSample(lab, host)).find(([device]) => device.startsWith('naa.'))![1];
