import { describe, expect, it } from 'vitest';
import { createLab } from '../../testing/sim';
import { run, shell } from '../../testing/lab';
import { tryConnection } from '../connections';
import { SERVICE_NAMES } from '../names';
import { worldIdOf } from '../worlds';
import { SERVICES_SH_ORDER } from './services-sh';

const HOSTD_BEGIN = /^\[\d+\] Begin 'hostd \+\+min=0,swap,group=hostd \/etc\/vmware\/hostd\/config\.xml', min-uptime = 60, max-quick-failures = 1, max-total-failures = 1000000$/;

describe('services.sh', () => {
  it('restart prints what a real 4.1 host printed, in its order: hostd\'s watchdog line, Vobd, lbtd, slpd, wsman (esxi-facts.md)', () => {
    const { stdout, exitCode, lab } = run(createLab('standalone-host'), 'services.sh restart');
    expect(exitCode).toBe(0);
    expect(stdout.slice(0, 8)).toEqual([
      expect.stringMatching(HOSTD_BEGIN),
      'Vobd started.',
      'Running lbtd restart',
      'net-lbt started.',
      'Running slpd restart',
      'Starting slpd',
      'Running wsman restart',
      'Starting openwsmand',
    ]);
    expect(stdout[0]).toBe(`[${worldIdOf(lab.hosts.esx01!, 'hostd-poll')}] ${stdout[0]!.replace(/^\[\d+\] /, '')}`);
  });

  it('invents no "stopped" lines and no 5.x bg_pid_file tail', () => {
    const { text } = run(createLab('managed-host'), 'services.sh restart');
    expect(text).not.toMatch(/stopped|Stopping|bg_pid_file/);
    expect(text).toMatch(/^Running vpxa restart\n\[\d+\] Begin '\/usr\/lib\/vmware\/vpxa\/bin\/vpxa /m);
  });

  it('restarts every service, in an order that names each once', () => {
    expect([...SERVICES_SH_ORDER].sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it('restart brings a stopped hostd back, and the vSphere Client and vCenter with it', () => {
    const result = run(createLab('hostd-stopped'), 'services.sh restart');
    expect(result.stdout[0]).toMatch(HOSTD_BEGIN);
    expect(tryConnection(result.lab, 'vsphere-client', 'esx01').ok).toBe(true);
    expect(tryConnection(result.lab, 'vcenter', 'esx01').ok).toBe(true);
  });

  it('leaves vpxa out on a host vCenter does not manage', () => {
    expect(run(createLab('standalone-host'), 'services.sh restart').text).not.toMatch(/vpxa/);
  });

  it('stop stops every service and start starts them again', () => {
    const sh = shell('managed-host');
    expect(sh('services.sh stop').stdout).toEqual(['Running lbtd stop', 'Running slpd stop', 'Running wsman stop', 'Running sfcbd-watchdog stop', 'Running vpxa stop', 'Running usbarbitrator stop', 'Running vprobed stop']);
    expect(tryConnection(sh.lab(), 'vsphere-client', 'esx01').ok).toBe(false);
    expect(tryConnection(sh.lab(), 'cim', 'esx01').ok).toBe(false);
    expect(sh('services.sh start').stdout).toContain('Starting openwsmand');
    expect(tryConnection(sh.lab(), 'cim', 'esx01').ok).toBe(true);
  });

  it('runs by its path in /sbin too, and answers a bad action with its usage', () => {
    expect(run(createLab('managed-host'), '/sbin/services.sh restart').exitCode).toBe(0);
    const bad = run(createLab('managed-host'), 'services.sh reload');
    expect(bad.exitCode).toBe(1);
    expect(bad.text).toBe('Usage: services.sh {start|stop|restart}');
  });
});
