import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '../../testing/sim';
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

  it('answers other 4.1 commands "not simulated", and 5.x ones as unknown', () => {
    const lab = createLab('managed-host');
    const result = run(lab, 'vim-cmd vmsvc/snapshot.create 16');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/vmsvc\/snapshot\.create: not simulated in this lab/);
    expect(run(lab, 'vim-cmd hostsvc/enable_ssh')).toMatchObject({ exitCode: 1, text: "Invalid command 'hostsvc/enable_ssh'" });
    expect(run(lab, 'vim-cmd hostsvc/enable_esx_shell').text).toBe("Invalid command 'hostsvc/enable_esx_shell'");
  });

  it('lists 4.1\'s namespaces, with no 5.x ones', () => {
    const top = run(createLab('managed-host'), 'vim-cmd').stdout;
    expect(top[0]).toBe('Commands available under /:');
    const names = top.slice(1).join(' ').split(/\s+/);
    expect(names).toEqual(expect.arrayContaining(['hostsvc/', 'vmsvc/', 'vimsvc/']));
    expect(names).not.toContain('hbrsvc/');
    const hostsvc = run(createLab('managed-host'), 'vim-cmd hostsvc').stdout.slice(1).join(' ').split(/\s+/);
    expect(hostsvc).toEqual(expect.arrayContaining(['enable_local_tsm', 'start_local_tsm', 'enable_remote_tsm', 'start_remote_tsm', 'stop_remote_tsm', 'disable_local_tsm', 'vmotion/']));
    expect(hostsvc).not.toContain('enable_ssh');
  });
});

describe('vim-cmd vmsvc/getallvms', () => {
  it('prints the 4.1 header, then each registered VM with its file as [datastore] folder/name.vmx (esxi-facts.md)', () => {
    const { stdout, exitCode } = run(createLab('vaai-lab'), 'vim-cmd vmsvc/getallvms');
    expect(exitCode).toBe(0);
    expect(stdout[0]!.split(/ {3,}/)).toEqual(['Vmid', 'Name', 'File', 'Guest OS', 'Version', 'Annotation']);
    expect(stdout[1]!.split(/ {3,}/)).toEqual(['16', 'web01', '[ds-vmfs8] web01/web01.vmx', 'otherGuest', 'vmx-07']);
  });

  it('lists each VM of a shared datastore on one host only', () => {
    const lab = createLab('vaai-boot-storm');
    const names = Object.keys(lab.hosts).flatMap((host) => run(lab, 'vim-cmd vmsvc/getallvms', host).stdout.slice(1).map((row) => row.split(/ {3,}/)[1]));
    expect(names).toHaveLength(30);
    expect(new Set(names).size).toBe(30);
  });

  it('prints only the header on a host with no VMs', () => {
    expect(run(createLab('standalone-host'), 'vim-cmd vmsvc/getallvms').stdout).toEqual(['Vmid   Name   File   Guest OS   Version   Annotation']);
  });
});

describe('vim-cmd hostsvc TSM commands (4.1)', () => {
  const tsmOf = (lab: ReturnType<typeof createLab>) => lab.hosts.esx01!.services.tsm;

  it('start_remote_tsm makes SSH listen on 22 now; stop_remote_tsm closes it', () => {
    const sh = shell('standalone-host');
    expect(sh('vim-cmd hostsvc/start_remote_tsm')).toMatchObject({ exitCode: 0, stdout: [], stderr: [] });
    expect(isListening(sh.lab().hosts.esx01!, 22)).toBe(true);
    expect(tryConnection(sh.lab(), 'ssh', 'esx01').ok).toBe(true);
    sh('vim-cmd hostsvc/stop_remote_tsm');
    expect(isListening(sh.lab().hosts.esx01!, 22)).toBe(false);
  });

  it('enable_ sets what starts at boot without starting it; a reboot then starts it', () => {
    const sh = shell('standalone-host');
    sh('vim-cmd hostsvc/enable_remote_tsm');
    expect(tsmOf(sh.lab()).remote).toBe(false);
    const rebooted = dispatch(dispatch(sh.lab(), { type: 'power', host: 'esx01', action: 'reboot' }), { type: 'tick', ms: 600_000 });
    expect(rebooted.hosts.esx01!.console.screen).toBe('running');
    expect(tsmOf(rebooted).remote).toBe(true);
  });

  it('stop_local_tsm with remote off keeps this open session, as a real host does; disable_local_tsm then keeps the shell closed after a reboot', () => {
    const sh = shell('standalone-host');
    sh('vim-cmd hostsvc/stop_local_tsm');
    expect(tsmOf(sh.lab())).toMatchObject({ local: false, remote: false, sessionKept: true });
    expect(sh('echo still here').stdout).toEqual(['still here']);
    sh('vim-cmd hostsvc/disable_local_tsm');
    const rebooted = dispatch(dispatch(sh.lab(), { type: 'power', host: 'esx01', action: 'reboot' }), { type: 'tick', ms: 600_000 });
    expect(tsmOf(rebooted)).toMatchObject({ local: false, remote: false });
    expect(tsmOf(rebooted).sessionKept).toBeUndefined();
    expect(run(rebooted, 'echo hi').output[0]).toMatchObject({ kind: 'system', text: expect.stringMatching(/Tech Support Mode is disabled/) });
  });
});
