import { describe, expect, it } from 'vitest';
import { INIT_SCRIPT_NAMES } from '../../boot/rootfs';
import { createLab } from '../../testing/sim';
import { run, shell } from '../../testing/lab';
import { lookup } from '../../vfs/tree';
import { LOG_FILES } from '../actions';
import { tryConnection } from '../connections';
import { SERVICE_NAMES } from '../worlds';

describe('/etc/init.d scripts', () => {
  it('the visorfs holds one script per service (rootfs mirrors SERVICE_NAMES)', () => {
    expect([...INIT_SCRIPT_NAMES]).toEqual([...SERVICE_NAMES]);
    const { stdout } = run(createLab('standalone-host'), 'ls -1 /etc/init.d');
    expect(stdout).toEqual([...SERVICE_NAMES].sort());
  });

  it('status answers exit 0 when running and 3 (as LSB scripts do) when not', () => {
    const running = run(createLab('managed-host'), '/etc/init.d/hostd status');
    expect(running.stdout).toEqual(['hostd is running.']);
    expect(running.exitCode).toBe(0);
    const stopped = run(createLab('hostd-stopped'), '/etc/init.d/hostd status');
    expect(stopped.stdout).toEqual(['hostd is not running.']);
    expect(stopped.exitCode).toBe(3);
  });

  it('stop prints nothing and cuts the vSphere Client off; start prints hostd\'s watchdog line and lets it in again', () => {
    const sh = shell('managed-host');
    expect(sh('/etc/init.d/hostd stop')).toMatchObject({ exitCode: 0, stdout: [], stderr: [] });
    expect(tryConnection(sh.lab(), 'vsphere-client', 'esx01').ok).toBe(false);
    expect(tryConnection(sh.lab(), 'vcenter', 'esx01').ok).toBe(false);
    expect(sh('/etc/init.d/hostd stop')).toMatchObject({ exitCode: 0, stdout: [] });
    const start = sh('/etc/init.d/hostd start');
    expect(start.stdout).toEqual([expect.stringMatching(/^\[\d+\] Begin 'hostd \+\+min=0,swap,group=hostd \/etc\/vmware\/hostd\/config\.xml', min-uptime = 60, max-quick-failures = 1, max-total-failures = 1000000$/)]);
    expect(tryConnection(sh.lab(), 'vsphere-client', 'esx01').ok).toBe(true);
    expect(sh('/etc/init.d/hostd start')).toMatchObject({ exitCode: 0, stdout: ['hostd is already running.'] });
  });

  it('restart stops and starts, and logs both to /var/log/messages in syslog form', () => {
    const sh = shell('managed-host');
    expect(sh('/etc/init.d/lbtd restart').stdout).toEqual(['net-lbt started.']);
    const log = lookup(sh.lab().hosts.esx01!.vfs.root, LOG_FILES.messages);
    const text = log.ok && log.node.kind === 'file' ? log.node.text ?? '' : '';
    const lines = text.split('\n').filter((line) => / root: /.test(line));
    expect(lines).toEqual([expect.stringMatching(/^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} esx01 root: lbtd stopped$/), expect.stringMatching(/ esx01 root: lbtd started$/)]);
  });

  it('prints each daemon\'s own start line, as 4.1\'s scripts do (esxi-facts.md)', () => {
    const lab = createLab('managed-host');
    expect(run(lab, '/etc/init.d/slpd restart').stdout).toEqual(['Starting slpd']);
    expect(run(lab, '/etc/init.d/vobd restart').stdout).toEqual(['Vobd started.']);
    expect(run(lab, '/etc/init.d/wsman restart').stdout).toEqual(['Starting openwsmand']);
    expect(run(lab, '/etc/init.d/sfcbd-watchdog restart').stdout).toEqual([]);
  });

  it('vpxa cannot start on a host vCenter does not manage', () => {
    const sh = shell('standalone-host');
    expect(sh('/etc/init.d/vpxa status')).toMatchObject({ exitCode: 3, stdout: ['vpxa is not running.'] });
    const start = sh('/etc/init.d/vpxa start');
    expect(start.exitCode).toBe(1);
    expect(start.stderr[0]).toMatch(/not managed by vCenter/);
  });

  it('answers no action or an unknown one with its usage', () => {
    const none = run(createLab('managed-host'), '/etc/init.d/hostd');
    expect(none.exitCode).toBe(1);
    expect(none.text).toBe('Usage: /etc/init.d/hostd {start|stop|restart|status}');
    expect(run(createLab('managed-host'), '/etc/init.d/hostd reload').exitCode).toBe(1);
    expect(run(createLab('managed-host'), '/etc/init.d/hostd --help').text).toMatch(/^Usage: \/etc\/init\.d\/hostd/);
  });

  it('runs by a relative path from /etc/init.d, as ./hostd', () => {
    const sh = shell('hostd-stopped');
    sh('cd /etc/init.d');
    expect(sh('./hostd status')).toMatchObject({ exitCode: 3, stdout: ['hostd is not running.'] });
    expect(sh('./hostd start').stdout).toEqual([expect.stringMatching(/ Begin 'hostd /)]);
    expect(sh('../init.d/hostd status').exitCode).toBe(0);
    expect(sh('./nothing').stderr).toEqual(['-ash: ./nothing: not found']);
  });
});
