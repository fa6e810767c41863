import { describe, expect, it } from 'vitest';
import { createLab } from '../../../testing/sim';
import { cfgValue, run } from '../../../testing/lab';

const U2 = '/vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update02.zip';
const MM = 'vim-cmd hostsvc/maintenance_mode_enter';

describe('esxupdate', () => {
  it('writes the bundle into /altbootbank with a higher updated and bootstate 1, leaving the running bank alone', () => {
    const lab = run(createLab('after-upgrade'), `${MM} && esxupdate --bundle=${U2} update`).lab;
    const alt = run(lab, 'cat /altbootbank/boot.cfg').text;
    expect(cfgValue(alt, 'build')).toBe('4.1.0-502767');
    expect(cfgValue(alt, 'updated')).toBe('3');
    expect(cfgValue(alt, 'bootstate')).toBe('1');
    expect(cfgValue(run(lab, 'cat /bootbank/boot.cfg').text, 'build')).toBe('4.1.0-348481');
    expect(run(lab, 'vmware -v').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
  });

  it('says a reboot is needed, and query shows both images', () => {
    const updated = run(createLab('fresh-install'), `${MM} && esxupdate -b ${U2} update`);
    expect(updated.text).toMatch(/needs to be rebooted/);
    expect(run(updated.lab, 'esxupdate query').stdout).toEqual(['Running image:  4.1.0-260247 (GA)', 'Standby image:  4.1.0-502767 (Update 2), bootstate=1']);
  });

  it('installs only in maintenance mode, and says how to get there', () => {
    const lab = createLab('after-upgrade');
    const refused = run(lab, `esxupdate --bundle=${U2} update`);
    expect(refused.exitCode).toBe(1);
    expect(refused.text).toMatch(/must be in maintenance mode.*vim-cmd hostsvc\/maintenance_mode_enter/);
    expect(cfgValue(run(refused.lab, 'cat /altbootbank/boot.cfg').text, 'build')).toBe('4.1.0-260247');
  });

  it('refuses a missing bundle, a missing --bundle and an older build, changing nothing', () => {
    const lab = createLab('after-upgrade');
    const missing = run(lab, 'esxupdate --bundle=/nope.zip update');
    expect(missing.exitCode).toBe(1);
    expect(missing.text).toMatch(/cannot open bundle/);
    expect(run(lab, 'esxupdate update').exitCode).toBe(1);
    const older = run(lab, 'esxupdate --bundle=/vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update01.zip update');
    expect(older.text).toMatch(/nothing to do/);
    // Only Tech Support Mode's log of the line changed: both banks are as they were.
    for (const path of ['/bootbank/boot.cfg', '/altbootbank/boot.cfg']) expect(run(older.lab, `cat ${path}`).text).toBe(run(lab, `cat ${path}`).text);
  });
});

describe('reboot', () => {
  it('takes the host to the loader and ends the rest of the line', () => {
    const result = run(createLab('after-upgrade'), 'reboot; echo still here');
    expect(result.lab.hosts.esx01!.console.screen).toBe('loader');
    expect(result.text).not.toMatch(/still here/);
    expect(result.output.at(-1)!.kind).toBe('system');
  });
});
