import { describe, expect, it } from 'vitest';
import { createLab } from '../../../testing/sim';
import { run, wait } from '../../../testing/lab';

describe('vmware', () => {
  it('prints the build with -v and adds the release level with -l', () => {
    const lab = createLab('after-upgrade');
    expect(run(lab, 'vmware -v').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
    expect(run(lab, 'vmware -lv').stdout).toEqual(['VMware ESXi 4.1.0 build-348481', 'VMware ESXi 4.1.0 Update 1']);
    expect(run(createLab('fresh-install'), 'vmware -l').stdout).toEqual(['VMware ESXi 4.1.0 GA']);
  });

  it('answers a bad option with its usage and status 1', () => {
    const result = run(createLab('after-upgrade'), 'vmware -x');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/^Usage: vmware/);
  });
});

describe('uname, date, uptime, hostname', () => {
  it('uname -a names the VMkernel, the host and the running build', () => {
    expect(run(createLab('after-upgrade'), 'uname -a').stdout).toEqual(['VMkernel esx01.lab.local 4.1.0 #1 SMP Release build-348481 x86_64 unknown']);
    expect(run(createLab('after-upgrade'), 'uname').stdout).toEqual(['VMkernel']);
  });

  it('date follows the virtual clock', () => {
    const lab = createLab('after-upgrade');
    expect(run(lab, 'date').stdout).toEqual(['Mon Nov 29 09:00:00 UTC 2010']);
    expect(run(wait(lab, 90_000), 'date').stdout).toEqual(['Mon Nov 29 09:01:30 UTC 2010']);
  });

  it('uptime counts from the last boot, which a reboot resets', () => {
    const lab = createLab('after-upgrade');
    expect(run(lab, 'uptime').text).toMatch(/up {2}1:00,/);
    const rebooted = wait(run(lab, 'reboot').lab, 20_000);
    expect(run(rebooted, 'uptime').text).toMatch(/up 0 min,/);
  });

  it('hostname prints the short and the full name', () => {
    const lab = createLab('after-upgrade');
    expect(run(lab, 'hostname').stdout).toEqual(['esx01']);
    expect(run(lab, 'hostname -f').stdout).toEqual(['esx01.lab.local']);
  });
});
