import { describe, expect, it } from 'vitest';
import { createLab } from '../../testing/sim';
import { run, shell } from '../../testing/lab';
import { tryConnection } from '../connections';
import { isListening } from '../ports';

describe('vim-cmd hostsvc/vmotion', () => {
  it('vnic_set vmk1 on esx02 makes it listen on 8000, so vMotion from esx01 works', () => {
    const lab = createLab('two-host-cluster');
    expect(isListening(lab.hosts.esx02!, 8000)).toBe(false);
    const result = run(lab, 'vim-cmd hostsvc/vmotion/vnic_set vmk1', 'esx02');
    expect(result).toMatchObject({ exitCode: 0, output: [] });
    expect(isListening(result.lab.hosts.esx02!, 8000)).toBe(true);
    expect(tryConnection(result.lab, 'vmotion', 'esx02', 'esx01').ok).toBe(true);
  });

  it('vnic_unset takes vMotion off again; 4.1 keeps one vMotion interface, so vnic_set moves it', () => {
    const sh = shell('managed-host');
    expect(sh('vim-cmd hostsvc/vmotion/vnic_unset vmk1').exitCode).toBe(0);
    expect(isListening(sh.lab().hosts.esx01!, 8000)).toBe(false);
    sh('vim-cmd hostsvc/vmotion/vnic_set vmk1');
    sh('vim-cmd hostsvc/vmotion/vnic_set vmk0');
    expect(sh.lab().hosts.esx01!.network.vmknics.filter((nic) => nic.vmotion).map((nic) => nic.name)).toEqual(['vmk0']);
  });

  it('netconfig_get lists the interfaces and the selected one', () => {
    const { stdout } = run(createLab('managed-host'), 'vim-cmd hostsvc/vmotion/netconfig_get');
    expect(stdout).toContain('         device = "vmk1",');
    expect(stdout).toContain('   selectedVnic = "vmk1",');
    expect(run(createLab('two-host-cluster'), 'vim-cmd hostsvc/vmotion/netconfig_get', 'esx02').stdout).toContain('   selectedVnic = <unset>,');
  });

  it('names an unknown interface and the ones the host has', () => {
    const result = run(createLab('managed-host'), 'vim-cmd hostsvc/vmotion/vnic_set vmk7');
    expect(result.exitCode).toBe(1);
    expect(result.text).toBe('vmk7: no such VMkernel interface on esx01 (it has vmk0, vmk1)');
    expect(run(createLab('managed-host'), 'vim-cmd hostsvc/vmotion/vnic_set').exitCode).toBe(1);
  });

  it('fails while hostd is stopped, since vim-cmd talks to hostd', () => {
    const result = run(createLab('hostd-stopped'), 'vim-cmd hostsvc/vmotion/vnic_set vmk1');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/^Failed to connect to hostd: hostd is not running/);
  });

  it('says any other command is not simulated', () => {
    const result = run(createLab('managed-host'), 'vim-cmd vmsvc/getallvms');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/vmsvc\/getallvms: not simulated in this lab/);
    expect(run(createLab('managed-host'), 'vim-cmd').stdout[0]).toBe('Commands available under /:');
  });
});
