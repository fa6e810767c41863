import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleView } from '../boot/console-view';
import { HOSTS_OF, PRESETS, anyEvent, anyLine, anyStep, applyAny } from '../testing/arbitrary';
import { createLab, dispatch, exec, sim, validateLab } from '../testing/sim';

/** A preset and one of its hosts. */
const presetAndHost = fc.constantFrom(...PRESETS).chain((preset) => fc.constantFrom(...HOSTS_OF[preset]!).map((host) => ({ preset, host })));
/** A preset and steps on its own hosts. */
const presetAndSteps = (maxLength: number) => fc.constantFrom(...PRESETS).chain((preset) => fc.array(anyStep(HOSTS_OF[preset]!), { maxLength }).map((steps) => ({ preset, steps })));

describe('the lab under random use, on every preset and host', () => {
  it('any line of text comes back as output, never as an exception', () => {
    fc.assert(
      fc.property(presetAndHost, anyLine, ({ preset, host }, line) => {
        const result = exec(createLab(preset), host, line);
        expect(Array.isArray(result.output)).toBe(true);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(result.needs).toEqual([]);
        for (const entry of result.output) expect(typeof entry.text).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('any event, however malformed, comes back as an outcome; a refusal changes nothing and says why', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.oneof(anyEvent(['esx01', 'esx02']), fc.anything()), (preset, event) => {
        const lab = createLab(preset);
        const outcome = sim.dispatch(lab, event);
        if (outcome.refused) {
          expect(outcome.lab).toBe(lab);
          expect(outcome.refused.message).toMatch(/\w/);
        }
        expect(validateLab(outcome.lab)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('lines, events and time of every kit keep every invariant', () => {
    fc.assert(
      fc.property(presetAndSteps(25), ({ preset, steps }) => {
        let lab = createLab(preset);
        for (const step of steps) {
          lab = applyAny(lab, step);
          expect(validateLab(lab)).toEqual([]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic: the same steps give the same lab', () => {
    fc.assert(
      fc.property(presetAndSteps(15), ({ preset, steps }) => {
        const once = steps.reduce(applyAny, createLab(preset));
        const twice = steps.reduce(applyAny, createLab(preset));
        expect(JSON.stringify(once)).toBe(JSON.stringify(twice));
      }),
      { numRuns: 40 },
    );
  });

  it('never mutates the lab it was given', () => {
    fc.assert(
      fc.property(presetAndSteps(10), ({ preset, steps }) => {
        const start = createLab(preset);
        const snapshot = JSON.stringify(start);
        steps.reduce(applyAny, start);
        expect(JSON.stringify(start)).toBe(snapshot);
      }),
      { numRuns: 40 },
    );
  });
});

describe('what root may do to the boot files, as on a real host', () => {
  it('a bootstate the loader does not know makes that bank unbootable, and the lab stays sound', () => {
    // Root can write anything into boot.cfg; the loader boots only banks at bootstate 0 or 2.
    let lab = exec(createLab('after-upgrade'), 'esx01', 'echo bootstate=9 > /altbootbank/boot.cfg').lab;
    expect(validateLab(lab)).toEqual([]);
    lab = exec(lab, 'esx01', 'reboot').lab;
    lab = dispatch(lab, { type: 'console-key', host: 'esx01', key: 'Shift+R' });
    expect(consoleView(lab.hosts.esx01!).lines.join('\n')).toContain('No alternate hypervisor to roll back to.');
  });

  it('a directory in place of the /bootbank link is sound, and the next boot puts the link back', () => {
    let lab = exec(createLab('after-upgrade'), 'esx01', 'rm /bootbank; mkdir /bootbank').lab;
    expect(exec(lab, 'esx01', 'ls /bootbank').output).toEqual([]);
    expect(validateLab(lab)).toEqual([]);
    lab = exec(lab, 'esx01', 'reboot').lab;
    lab = sim.tick(lab, 60_000);
    expect(exec(lab, 'esx01', 'ls /bootbank').output.map((line) => line.text).join(' ')).toMatch(/\bboot\.cfg\b/);
  });

  it('a host whose boot.cfg was deleted keeps running, and only its next boot finds no hypervisor', () => {
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
});
