import { describe, expect, it } from 'vitest';
import { createLab } from '../../testing/sim';
import { run, shell } from '../../testing/lab';
import { tryConnection } from '../connections';

describe('services.sh', () => {
  it('restart prints the lines a real 4.1 host prints (esxi-facts.md)', () => {
    const { stdout, exitCode } = run(createLab('managed-host'), 'services.sh restart');
    expect(exitCode).toBe(0);
    for (const line of ['Running lbtd restart', 'net-lbt started.', 'Vobd started.', 'Running slpd restart', 'Starting slpd', 'Running wsman restart']) {
      expect(stdout).toContain(line);
    }
    expect(stdout.indexOf('Running hostd restart')).toBeLessThan(stdout.indexOf('hostd started.'));
  });

  it('restart brings a stopped hostd back, and the vSphere Client and vCenter with it', () => {
    const lab = createLab('hostd-stopped');
    const result = run(lab, 'services.sh restart');
    expect(result.stdout.slice(0, 2)).toEqual(['Running hostd restart', 'hostd started.']);
    expect(tryConnection(result.lab, 'vsphere-client', 'esx01').ok).toBe(true);
    expect(tryConnection(result.lab, 'vcenter', 'esx01').ok).toBe(true);
  });

  it('leaves vpxa out on a host vCenter does not manage', () => {
    expect(run(createLab('standalone-host'), 'services.sh restart').text).not.toMatch(/vpxa/);
  });

  it('stop stops every service and start starts them again', () => {
    const sh = shell('managed-host');
    expect(sh('services.sh stop').stdout).toContain('hostd stopped.');
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
