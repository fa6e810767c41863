import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleView } from '../boot/console-view';
import { dispatch } from './dispatch';
import { exec } from './exec';
import { createLab, presetIds } from './presets';
import type { ConsoleKey, LabState } from './types';
import { validateLab } from './validate';

const COMMAND_WORDS = ['ls', 'cd', 'cat', 'echo', 'grep', 'head', 'tail', 'wc', 'df', 'vdf', 'vmware', 'reboot', 'esxupdate', 'uname', 'uptime', 'date', 'history', 'help', 'clear', 'pwd', 'more', 'less', 'mkdir', 'touch', 'rm', 'nope', 'ps'];
const ARG_WORDS = ['-h', '-l', '-lv', '-a', '-n', '2', '/', '/bootbank', '/altbootbank', '/bootbank/boot.cfg', '/tmp/x', '..', '*', '/vmfs/volumes/*', 'build', '$?', '"quoted arg"', "'single'", 'update', '--bundle=/vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update02.zip', '--help'];
const OPERATORS = [' ', ' ; ', ' && ', ' || ', ' | ', ' > /tmp/out ', ' 2>&1 ', ' < /bootbank/boot.cfg '];

/** Lines that look like what readers type, plus arbitrary unicode noise. */
const shellish = fc.array(fc.oneof(fc.constantFrom(...COMMAND_WORDS), fc.constantFrom(...ARG_WORDS), fc.constantFrom(...OPERATORS)), { maxLength: 8 }).map((parts) => parts.join(' '));
const anyLine = fc.oneof(shellish, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

const KEYS: ConsoleKey[] = ['Shift+R', 'Shift+Y', 'Enter', 'Escape', 'other'];
const action = fc.oneof(
  anyLine.map((line) => ({ kind: 'exec' as const, line })),
  fc.constantFrom(...KEYS).map((key) => ({ kind: 'key' as const, key })),
  fc.integer({ min: 0, max: 30_000 }).map((ms) => ({ kind: 'tick' as const, ms })),
  fc.constant({ kind: 'reboot' as const }),
);

function apply(lab: LabState, step: fc.Infer<typeof action>): LabState {
  switch (step.kind) {
    case 'exec': return exec(lab, 'esx01', step.line).lab;
    case 'key': return dispatch(lab, { type: 'console-key', host: 'esx01', key: step.key });
    case 'tick': return dispatch(lab, { type: 'tick', ms: step.ms });
    case 'reboot': return dispatch(lab, { type: 'power', host: 'esx01', action: 'reboot' });
  }
}

describe('the lab under random use', () => {
  it('any line of text comes back as output, never as an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presetIds()), anyLine, (preset, line) => {
        const result = exec(createLab(preset), 'esx01', line);
        expect(Array.isArray(result.output)).toBe(true);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        for (const entry of result.output) expect(typeof entry.text).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('random lines, keys and time keep the invariants: one booted bank, /bootbank at it, legal bootstates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presetIds()), fc.array(action, { maxLength: 25 }), (preset, steps) => {
        let lab = createLab(preset);
        for (const step of steps) {
          lab = apply(lab, step);
          expect(validateLab(lab)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a host whose boot.cfg was deleted keeps running, and only its next boot finds no hypervisor', () => {
    // Found by the property above: deleting the booted bank's boot.cfg is a legal lab.
    let lab = exec(createLab('fresh-install'), 'esx01', 'rm /bootbank/boot.cfg').lab;
    expect(lab.hosts.esx01!.console.screen).toBe('running');
    expect(validateLab(lab)).toEqual([]);
    lab = exec(lab, 'esx01', 'reboot').lab;
    for (let i = 0; i < 40; i++) lab = dispatch(lab, { type: 'tick', ms: 1_000 });
    expect(consoleView(lab.hosts.esx01!).lines.join('\n')).toContain('No bootable hypervisor found on this disk.');
    expect(validateLab(lab)).toEqual([]);
  });

  it('a running host whose /bootbank links a reader removed is still a sound lab (ESXi runs from RAM)', () => {
    const unlinked = exec(createLab('fresh-install'), 'esx01', 'rm /bootbank /altbootbank').lab;
    expect(exec(unlinked, 'esx01', 'ls /bootbank').exitCode).not.toBe(0);
    expect(validateLab(unlinked)).toEqual([]);
  });

  it('is deterministic: the same steps give the same lab', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 15 }), (steps) => {
        const once = steps.reduce(apply, createLab('after-upgrade'));
        const twice = steps.reduce(apply, createLab('after-upgrade'));
        expect(JSON.stringify(once)).toBe(JSON.stringify(twice));
      }),
      { numRuns: 60 },
    );
  });

  it('never mutates the lab it was given', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 10 }), (steps) => {
        const start = createLab('after-upgrade');
        const snapshot = JSON.stringify(start);
        steps.reduce(apply, start);
        expect(JSON.stringify(start)).toBe(snapshot);
      }),
      { numRuns: 60 },
    );
  });
});
