import { describe, expect, it } from 'vitest';
import { createLab, sim } from '../../testing/sim';
import { run } from '../../testing/lab';
import { hostSummaryView } from '../../vcenter';

const lab = createLab('host-profiles');

describe('vim-cmd maintenance mode', () => {
  it('refuses while a VM runs, naming it and what to do, and changes nothing', () => {
    const result = run(lab, 'vim-cmd hostsvc/maintenance_mode_enter', 'esx03');
    expect(result.exitCode).toBe(1);
    expect(result.text.split('\n')[0]).toBe('(vim.fault.InvalidState) {');
    expect(result.text).toMatch(/\(lab\) esx03 cannot enter maintenance mode while virtual machines run on it: web03\. Power them off, or migrate them/);
    expect(result.lab.hosts.esx03!.services.maintenanceMode).toBe(false);
  });

  it('enters once its VMs are off: a task line, hostsummary, vCenter and getallvms agree', () => {
    const off = run(lab, 'vim-cmd vmsvc/power.off 16', 'esx03');
    expect(off).toMatchObject({ exitCode: 0, text: 'Powering off VM:' });
    const entered = run(off.lab, 'vim-cmd hostsvc/maintenance_mode_enter', 'esx03');
    expect(entered.text).toMatch(/^'vim\.Task:haTask-ha-host-vim\.HostSystem\.enterMaintenanceMode-\d+'$/);
    expect(run(entered.lab, 'vim-cmd hostsvc/hostsummary', 'esx03').stdout).toContain('      inMaintenanceMode = true,');
    expect(hostSummaryView(entered.lab, 'esx03').inMaintenanceMode).toBe(true);
    expect(run(entered.lab, 'vim-cmd vmsvc/getallvms', 'esx03').stdout).toEqual([
      'Vmid   Name    File                          Guest OS     Version   Annotation',
      '16     web03   [ds-shared] web03/web03.vmx   otherGuest   vmx-07',
      '32     db01    [ds-shared] db01/db01.vmx     otherGuest   vmx-07',
    ]);
    const on = run(entered.lab, 'vim-cmd vmsvc/power.on 16', 'esx03');
    expect(on.exitCode).toBe(1);
    expect(on.text).toMatch(/cannot power on: its host esx03 is in maintenance mode/);
    const exited = run(entered.lab, 'vim-cmd hostsvc/maintenance_mode_exit', 'esx03');
    expect(exited.text).toMatch(/exitMaintenanceMode-\d+'$/);
    expect(run(exited.lab, 'vim-cmd hostsvc/hostsummary', 'esx03').stdout).toContain('      inMaintenanceMode = false,');
  });

  it('maintenance mode outlives a reboot', () => {
    const entered = run(lab, 'vim-cmd hostsvc/maintenance_mode_enter', 'esx04').lab;
    const rebooted = sim.tick(run(entered, 'reboot', 'esx04').lab, 5 * 60_000);
    expect(rebooted.hosts.esx04!.console.screen).toBe('running');
    expect(rebooted.hosts.esx04!.services.maintenanceMode).toBe(true);
  });

  it('exit when not in it is refused', () => {
    const result = run(lab, 'vim-cmd hostsvc/maintenance_mode_exit', 'esx01');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/esx01 is not in maintenance mode/);
  });
});

describe('vim-cmd vmsvc/power.*', () => {
  it('getstate, and the faults for a VM already in that state or one that does not exist', () => {
    expect(run(lab, 'vim-cmd vmsvc/power.getstate 16', 'esx03').stdout).toEqual(['Retrieved runtime info', 'Powered on']);
    expect(run(lab, 'vim-cmd vmsvc/power.getstate 32', 'esx03').stdout).toEqual(['Retrieved runtime info', 'Powered off']);
    const again = run(lab, 'vim-cmd vmsvc/power.on 16', 'esx03');
    expect(again.exitCode).toBe(1);
    expect(again.text.split('\n').slice(0, 2)).toEqual(['Powering on VM:', '(vim.fault.InvalidPowerState) {']);
    expect(run(lab, 'vim-cmd vmsvc/power.on 99', 'esx03')).toMatchObject({ exitCode: 1, text: 'Unable to find a VM corresponding to "99"' });
    expect(run(lab, 'vim-cmd vmsvc/power.on', 'esx03').exitCode).toBe(1);
  });

  it('a VM powered on in the shell is on in vCenter too', () => {
    const on = run(lab, 'vim-cmd vmsvc/power.on 32', 'esx03').lab;
    expect(hostSummaryView(on, 'esx03').vms).toEqual([{ name: 'web03', power: 'poweredOn' }, { name: 'db01', power: 'poweredOn' }]);
  });

  it('hostsummary names the build, the vCenter address and the host', () => {
    const out = run(lab, 'vim-cmd hostsvc/hostsummary', 'esx01').stdout;
    expect(out).toContain('         fullName = "VMware ESXi 4.1.0 build-348481",');
    expect(out).toContain('   managementServerIp = "192.168.10.5",');
    expect(run(lab, 'vim-cmd hostsvc/hostsummary', 'esx04').stdout).toContain('   managementServerIp = <unset>,');
  });
});
