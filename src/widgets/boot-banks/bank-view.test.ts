import { describe, expect, it } from 'vitest';
import { createLab, dispatch, exec } from '#sim-core/testing';
import { bankViews } from './bank-view';

describe('boot bank cards', () => {
  it('shows the upgraded bank as /bootbank and GA waiting on standby', () => {
    const [one, two] = bankViews(createLab('after-upgrade').hosts.esx01!);
    expect(two).toMatchObject({ label: 'Hypervisor2', mountedAs: '/bootbank', booted: true, build: '4.1.0-348481', release: 'Update 1', updated: '2', bootsNext: true });
    expect(one).toMatchObject({ label: 'Hypervisor1', mountedAs: '/altbootbank', build: '4.1.0-260247', bootstate: '0', bootsNext: false });
  });

  it('follows a rollback: GA boots next and the replaced bank is marked invalid', () => {
    let lab = exec(createLab('after-upgrade'), 'esx01', 'reboot').lab;
    for (const key of ['Shift+R', 'Shift+Y'] as const) lab = dispatch(lab, { type: 'console-key', host: 'esx01', key });
    const [one, two] = bankViews(lab.hosts.esx01!);
    expect(one!.bootsNext).toBe(true);
    expect(two).toMatchObject({ bootstate: '3', bootstateMeaning: 'invalid: not bootable' });
  });

  it('says when a bank is empty', () => {
    const [, two] = bankViews(createLab('fresh-install').hosts.esx01!);
    expect(two).toMatchObject({ build: 'empty', bootstateMeaning: 'no boot.cfg' });
  });
});
