import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exec, dispatch, createLab } from '../testing/sim';
import type { LabState } from '../lab/types';
import { lookup } from '../vfs/tree';
import { LOG_FILES } from './actions';
import { MENU, TROUBLESHOOTING } from './dcui-menus';
import { isListening } from './ports';
import type { DcuiKey } from './types';

const press = (lab: LabState, ...keys: DcuiKey[]): LabState => keys.reduce((next, key) => dispatch(next, { type: 'dcui-key', host: 'esx01', key }), lab);
const down = (times: number): DcuiKey[] => Array.from({ length: times }, () => 'Down');
const troubleshooting = (lab: LabState) => press(lab, 'F2', 'Enter', ...down(MENU.indexOf('troubleshooting')), 'Enter');
const item = (id: (typeof TROUBLESHOOTING)[number]): DcuiKey[] => down(TROUBLESHOOTING.indexOf(id));
const wait = (lab: LabState, minutes: number) => dispatch(lab, { type: 'tick', ms: minutes * 60_000 });
const tsm = (lab: LabState) => lab.hosts.esx01!.services!.tsm;
const messages = (lab: LabState): string => {
  const found = lookup(lab.hosts.esx01!.vfs.root, LOG_FILES.messages);
  return found.ok && found.node.kind === 'file' ? (found.node.text ?? '') : '';
};

/** standalone-host has local TSM on; this sets a 5-minute timeout and turns remote TSM on. */
function withFiveMinuteTimeout(): LabState {
  const inMenu = troubleshooting(createLab('standalone-host'));
  const timed = press(inMenu, ...item('timeout'), 'Enter');
  return press(timed, 'Up', 'Up', ...item('remote'), 'Enter');
}

describe('the Tech Support Mode timeout', () => {
  it('switches local and remote TSM off when it runs out, and logs it', () => {
    const lab = withFiveMinuteTimeout();
    expect(tsm(lab)).toMatchObject({ local: true, remote: true, timeoutMinutes: 5 });
    expect(tsm(wait(lab, 4.9))).toMatchObject({ local: true, remote: true });
    const after = wait(lab, 5);
    expect(tsm(after)).toMatchObject({ local: false, remote: false, timeoutMinutes: 5 });
    expect(isListening(after.hosts.esx01!, 22)).toBe(false);
    expect(messages(after)).toContain('Tech Support Mode timed out after 5 minutes');
  });

  it('keeps the session already open running, as on a real host', () => {
    const after = wait(withFiveMinuteTimeout(), 6);
    const result = exec(after, 'esx01', 'echo still here');
    expect(result.output.map((line) => line.text)).toContain('still here');
  });

  it('switching TSM off by hand in the DCUI ends no open session either (esxi-facts.md)', () => {
    const inMenu = troubleshooting(createLab('standalone-host'));
    const offByHand = press(inMenu, 'Enter'); // Disable Local Tech Support; remote is off already
    expect(tsm(offByHand)).toMatchObject({ local: false, remote: false, sessionKept: true });
    expect(exec(offByHand, 'esx01', 'echo still here').output.map((line) => line.text)).toContain('still here');
    expect(isListening(offByHand.hosts.esx01!, 22)).toBe(false);
    const onAgain = press(offByHand, 'Enter');
    expect(tsm(onAgain)).toMatchObject({ local: true });
    expect(tsm(onAgain).sessionKept).toBeUndefined();
  });

  it('a reboot ends the session that outlived TSM: no shell until TSM is enabled again', () => {
    const after = wait(withFiveMinuteTimeout(), 6);
    const rebooted = wait(dispatch(after, { type: 'power', host: 'esx01', action: 'reboot' }), 10);
    expect(rebooted.hosts.esx01!.console.screen).toBe('running');
    const refused = exec(rebooted, 'esx01', 'echo hi');
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output.map((line) => line.text).join('\n')).toMatch(/Tech Support Mode is disabled on esx01/);
  });

  it('never fires without a timeout, however long the host runs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3_600_000 }), { maxLength: 8 }), (steps) => {
        const lab = steps.reduce((next, ms) => dispatch(next, { type: 'tick', ms }), createLab('standalone-host'));
        expect(tsm(lab)).toMatchObject({ local: true, remote: false });
      }),
    );
  });

  it('counts again from a change: changing the timeout restarts it', () => {
    const lab = withFiveMinuteTimeout();
    const later = wait(lab, 4);
    const to10 = press(later, 'Down', 'Enter'); // remote -> timeout, 5 -> 10 minutes
    expect(tsm(to10).timeoutMinutes).toBe(10);
    expect(tsm(wait(to10, 9))).toMatchObject({ local: true, remote: true });
    expect(tsm(wait(to10, 10))).toMatchObject({ local: false, remote: false });
  });
});
