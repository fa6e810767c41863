import { describe, expect, it } from 'vitest';
import { createLab } from '../testing/sim';
import { cfgValue, press, run, wait } from '../testing/lab';
import { consoleView } from './console-view';
import { BOOT_TEXT } from '../messages/boot';

const screenOf = (lab: ReturnType<typeof createLab>) => lab.hosts.esx01!.console.screen;

describe('choosing a bank', () => {
  it('boots the bootable bank with the highest updated, whatever the order on disk', () => {
    const lab = wait(run(createLab('after-upgrade'), 'reboot').lab, 20_000);
    expect(screenOf(lab)).toBe('running');
    expect(run(lab, 'vmware -v').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
  });

  it('a good upgrade: staged with bootstate 1, dirty during the first boot, valid after', () => {
    let lab = run(createLab('fresh-install'), 'vim-cmd hostsvc/maintenance_mode_enter && esxupdate --bundle=/vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update01.zip update').lab;
    expect(cfgValue(run(lab, 'cat /altbootbank/boot.cfg').text, 'bootstate')).toBe('1');
    expect(cfgValue(run(lab, 'cat /altbootbank/boot.cfg').text, 'updated')).toBe('2');
    lab = press(run(lab, 'reboot').lab, 'Enter');
    expect(screenOf(lab)).toBe('loading');
    expect(lab.hosts.esx01!.vfs.root).toBeDefined();
    lab = wait(lab, 10_000);
    expect(screenOf(lab)).toBe('running');
    const bootbank = run(lab, 'cat /bootbank/boot.cfg').text;
    expect(cfgValue(bootbank, 'build')).toBe('4.1.0-348481');
    expect(cfgValue(bootbank, 'bootstate')).toBe('0');
    expect(cfgValue(run(lab, 'cat /altbootbank/boot.cfg').text, 'build')).toBe('4.1.0-260247');
  });

  it('a failed upgrade stays dirty, is marked invalid at the next boot, and the host falls back', () => {
    let lab = wait(run(createLab('failed-upgrade'), 'reboot').lab, 20_000);
    expect(screenOf(lab)).toBe('boot-failed');
    // The screen says Enter resets the host; the Enter button must say the same.
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.resetHint);
    expect(consoleView(lab.hosts.esx01!).enterMeans).toBe('reset');
    lab = press(lab, 'Enter');
    expect(consoleView(lab.hosts.esx01!).enterMeans).toBe('boot');
    expect(screenOf(lab)).toBe('loader');
    lab = wait(lab, 20_000);
    expect(screenOf(lab)).toBe('running');
    expect(run(lab, 'vmware -lv').stdout).toEqual(['VMware ESXi 4.1.0 build-260247', 'VMware ESXi 4.1.0 GA']);
    expect(cfgValue(run(lab, 'cat /altbootbank/boot.cfg').text, 'bootstate')).toBe('3');
  });
});

describe('Shift+R recovery', () => {
  it('rolls back to the standby build with Shift+R, Shift+Y, Enter', () => {
    let lab = press(run(createLab('after-upgrade'), 'reboot').lab, 'Shift+R');
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.recoveryQuestion);
    lab = press(lab, 'Shift+Y');
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.rollbackDone);
    lab = wait(press(lab, 'Enter'), 10_000);
    const bootbank = run(lab, 'cat /bootbank/boot.cfg').text;
    expect(cfgValue(bootbank, 'build')).toBe('4.1.0-260247');
    expect(run(lab, 'ls -l /vmfs/volumes').text).toMatch(/Hypervisor1 -> /);
  });

  it('says there is no alternate on a fresh install, and boots the same build', () => {
    let lab = press(run(createLab('fresh-install'), 'reboot').lab, 'Shift+R');
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.noAlternate);
    expect(consoleView(lab.hosts.esx01!).enterMeans).toBe('continue');
    lab = wait(press(press(lab, 'Enter'), 'Enter'), 10_000);
    expect(run(lab, 'vmware -v').stdout).toEqual(['VMware ESXi 4.1.0 build-260247']);
  });

  it('is one level deep: after a rollback there is nothing to roll back to', () => {
    let lab = wait(press(run(createLab('after-upgrade'), 'reboot').lab, 'Shift+R', 'Shift+Y', 'Enter'), 10_000);
    lab = press(run(lab, 'reboot').lab, 'Shift+R');
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.noAlternate);
    expect(consoleView(lab.hosts.esx01!).enterMeans).toBe('continue');
  });

  it('any key other than Shift+Y cancels, and nothing changes', () => {
    const start = run(createLab('after-upgrade'), 'reboot').lab;
    const lab = wait(press(start, 'Shift+R', 'other', 'Enter'), 10_000);
    expect(run(lab, 'vmware -v').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
  });
});

describe('the loader countdown', () => {
  it('boots by itself when the countdown runs out', () => {
    let lab = run(createLab('after-upgrade'), 'reboot').lab;
    lab = wait(lab, 4_000);
    expect(screenOf(lab)).toBe('loader');
    lab = wait(lab, 1_500);
    expect(screenOf(lab)).toBe('loading');
  });

  it('stops counting when a key is pressed', () => {
    const lab = wait(press(run(createLab('after-upgrade'), 'reboot').lab, 'other'), 60_000);
    expect(screenOf(lab)).toBe('loader');
    expect(consoleView(lab.hosts.esx01!).lines).toContain(BOOT_TEXT.autoBootPaused);
  });

  it('the shell is unreachable while the host is down, and comes back after boot', () => {
    const down = run(createLab('after-upgrade'), 'reboot').lab;
    const result = run(down, 'ls');
    expect(result.exitCode).toBe(255);
    expect(result.output[0]!.kind).toBe('system');
    expect(run(wait(down, 20_000), 'pwd').stdout).toEqual(['/']);
  });
});
