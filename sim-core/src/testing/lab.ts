import { exec } from '../lab/exec';
import { dispatch } from '../lab/dispatch';
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
