import { describe, expect, it } from 'vitest';
import { createLab } from '../../testing/sim';
import { run } from '../../testing/lab';

const names = (stdout: string[]) => stdout.slice(1).map((row) => row.split(/\s+/)[2]);

describe('ps', () => {
  it('lists the running worlds under a header, hostd\'s two worlds sharing one cartel', () => {
    const { stdout, exitCode } = run(createLab('standalone-host'), 'ps');
    expect(exitCode).toBe(0);
    expect(stdout[0]).toBe('WID      CID      World Name');
    expect(names(stdout)).toEqual(expect.arrayContaining(['hostd-poll', 'hostd-worker', 'busybox', 'net-lbt']));
    const cartels = stdout.filter((row) => / hostd-(poll|worker)$/.test(row)).map((row) => row.split(/\s+/)[1]);
    expect(new Set(cartels).size).toBe(1);
  });

  it('shows dropbearmulti only while remote TSM (SSH) is on', () => {
    expect(names(run(createLab('standalone-host'), 'ps').stdout)).not.toContain('dropbearmulti');
    const lab = createLab('standalone-host');
    const host = lab.hosts.esx01!;
    const sshOn = { ...lab, hosts: { esx01: { ...host, services: { ...host.services!, tsm: { ...host.services!.tsm, remote: true } } } } };
    expect(names(run(sshOn, 'ps').stdout)).toContain('dropbearmulti');
  });

  it('shows vpxa only on a host vCenter manages, and the iSCSI worlds only with software iSCSI', () => {
    const standalone = names(run(createLab('standalone-host'), 'ps').stdout);
    const managed = names(run(createLab('managed-host'), 'ps').stdout);
    expect(standalone).not.toContain('vpxa');
    expect(managed).toContain('vpxa');
    for (const world of ['vmkiscsid', 'iscsi_trans_vmklink', 'iscsivmk-log']) {
      expect(standalone).not.toContain(world);
      expect(managed).toContain(world);
    }
  });

  it('works in a pipe: ps | grep hostd prints only hostd\'s worlds', () => {
    const { stdout } = run(createLab('standalone-host'), 'ps | grep hostd');
    expect(names(['', ...stdout])).toEqual(['hostd-poll', 'hostd-worker']);
  });

  it('drops the worlds of a stopped service', () => {
    const { stdout } = run(createLab('hostd-stopped'), 'ps | grep -c hostd');
    expect(stdout).toEqual(['0']);
  });

  it('says options are not simulated, and still lists the worlds', () => {
    const result = run(createLab('standalone-host'), 'ps -ef');
    expect(result.exitCode).toBe(0);
    expect(result.output.find((line) => line.kind === 'stderr')?.text).toMatch(/not simulated/);
    expect(result.stdout.length).toBeGreaterThan(5);
  });
});

describe('on the boot chapter\'s host, which is a whole host too', () => {
  it('ps, the init scripts, services.sh and vim-cmd answer as on any host', () => {
    const lab = createLab('after-upgrade');
    expect(run(lab, 'ps').stdout).toContainEqual(expect.stringMatching(/ hostd-worker$/));
    expect(run(lab, '/etc/init.d/hostd status')).toMatchObject({ exitCode: 0, text: 'hostd is running.' });
    expect(run(lab, 'services.sh restart').text).toContain('Running lbtd restart');
    expect(run(lab, 'vim-cmd hostsvc/vmotion/netconfig_get').text).toContain('device = "vmk0"');
  });
});
