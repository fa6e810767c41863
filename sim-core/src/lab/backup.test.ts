import { describe, expect, it } from 'vitest';
import { run } from '../testing/lab';
import { createLab, dispatch } from '../testing/sim';
import { HOUR } from './epoch';
import type { LabState } from './types';

const MOVE = '/DataMover/HardwareAcceleratedMove';
const power = (lab: LabState, action: 'reboot' | 'reset') => dispatch(dispatch(lab, { type: 'power', host: 'esx01', action }), { type: 'tick', ms: 600_000 });
const upAgain = (lab: LabState) => {
  expect(lab.hosts.esx01!.console.screen).toBe('running');
  return lab;
};
const moveIs = (lab: LabState) => run(lab, `esxcfg-advcfg -g ${MOVE}`).stdout[0];
const moveInConf = (lab: LabState) => run(lab, 'grep HardwareAcceleratedMove /etc/vmware/esx.conf').stdout;

describe('auto-backup.sh and a crash (esxi-facts.md: a change not saved is lost on a crash)', () => {
  it('a reset before the hourly backup loses the change, in the setting and in esx.conf alike', () => {
    const changed = run(createLab('vaai-lab'), `esxcfg-advcfg -s 0 ${MOVE}`).lab;
    expect(moveInConf(changed)).toEqual(['/adv/DataMover/HardwareAcceleratedMove = "0"']);
    const crashed = upAgain(power(changed, 'reset'));
    expect(moveIs(crashed)).toBe('Value of HardwareAcceleratedMove is 1');
    expect(moveInConf(crashed)).toEqual([]);
  });

  it('a clean reboot saves on the way down, so the change survives', () => {
    const changed = run(createLab('vaai-lab'), `esxcfg-advcfg -s 0 ${MOVE}`).lab;
    expect(moveIs(upAgain(power(changed, 'reboot')))).toBe('Value of HardwareAcceleratedMove is 0');
    const typed = run(changed, 'reboot').lab;
    expect(moveIs(upAgain(dispatch(typed, { type: 'tick', ms: 600_000 })))).toBe('Value of HardwareAcceleratedMove is 0');
  });

  it('once the clock passes the hour, the hourly backup has saved it and a reset keeps it', () => {
    const changed = run(createLab('vaai-lab'), `esxcfg-advcfg -s 0 ${MOVE}`).lab;
    expect(moveIs(upAgain(power(dispatch(changed, { type: 'tick', ms: HOUR - 1000 }), 'reset')))).toBe('Value of HardwareAcceleratedMove is 1');
    expect(moveIs(upAgain(power(dispatch(changed, { type: 'tick', ms: HOUR }), 'reset')))).toBe('Value of HardwareAcceleratedMove is 0');
  });

  it('a vSwitch added and not saved is gone after a reset; the NICs keep their links', () => {
    let lab = run(createLab('network-lab'), 'esxcfg-vswitch -a vSwitch5').lab;
    lab = dispatch(lab, { type: 'nic-link', host: 'esx01', vmnic: 'vmnic1', up: false });
    const crashed = upAgain(power(lab, 'reset'));
    expect(run(crashed, 'esxcfg-vswitch -c vSwitch5').stdout).toEqual(['0']);
    expect(run(crashed, 'esxcfg-nics -l').text).toMatch(/vmnic1 .*Down/);
  });
});
