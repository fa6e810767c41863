import { describe, expect, it } from 'vitest';
import { shell } from '../../../testing/lab';


describe('ls', () => {
  it('lists / sorted, in columns for an 80-column terminal', () => {
    const { stdout, exitCode } = shell()('ls /');
    expect(exitCode).toBe(0);
    expect(stdout[0]).toBe('altbootbank  dev          proc         store        var');
    expect(stdout.join(' ').split(/\s+/)).toEqual(['altbootbank', 'dev', 'proc', 'store', 'var', 'bin', 'etc', 'sbin', 'tmp', 'vmfs', 'bootbank', 'opt', 'scratch', 'usr']);
  });

  it('-1 prints one name per line, in strcmp order (digits, capitals, then lower case)', () => {
    const { stdout } = shell()('ls -1 /vmfs/volumes');
    expect(stdout).toHaveLength(9);
    expect(stdout.slice(5)).toEqual(['Hypervisor1', 'Hypervisor2', 'Hypervisor3', 'datastore1']);
    expect(stdout[0]).toMatch(/^4c3c[0-9a-f-]+$/);
  });

  it('-l prints busybox long lines with the lab clock and links as name -> target', () => {
    const { stdout } = shell()('ls -l /');
    expect(stdout).toContain('drwxr-xr-x    1 root     root               512 Nov 29 09:00 etc');
    const link = stdout.find((line) => line.endsWith(' bootbank -> /vmfs/volumes/4c3c0016-2f1841ef-5e16-001ec9b6a001'));
    expect(link).toMatch(/^lrwxrwxrwx    1 root     root                49 Nov 29 09:00 /);
  });

  it('-l describes a link named on the command line; a trailing slash lists the boot bank, as rwx------ vfat', () => {
    const run = shell();
    expect(run('ls -l /bootbank').stdout).toEqual(['lrwxrwxrwx    1 root     root                49 Nov 29 09:00 /bootbank -> /vmfs/volumes/4c3c0016-2f1841ef-5e16-001ec9b6a001']);
    const files = run('ls -l /bootbank/').stdout;
    expect(files.map((line) => line.split(' ').pop())).toEqual(['b.z', 'boot.cfg', 'c.z', 'k.z', 'license.tgz', 'm.z', 'oem.tgz', 's.z', 'state.tgz']);
    expect(files.every((line) => line.startsWith('-rwx------'))).toBe(true);
    expect(run('ls -lh /bootbank/').stdout.find((line) => line.endsWith(' s.z'))).toMatch(/ 38\.3M Nov 29/);
  });

  it('-l in a directory reached through a link lists the directory, not the link', () => {
    const run = shell();
    run('cd /bootbank');
    for (const line of ['ls -l', 'ls -l .', 'ls -l ./']) expect(run(line).stdout.map((entry) => entry.split(' ').pop())).toContain('boot.cfg');
    expect(run('ls -l .').stdout.some((entry) => entry.includes(' -> '))).toBe(false);
  });

  it('without -l follows a link to a directory and lists it', () => {
    expect(shell()('ls /bootbank').stdout).toEqual(['b.z          c.z          license.tgz  oem.tgz      state.tgz', 'boot.cfg     k.z          m.z          s.z']);
  });

  it('reports missing paths busybox-style, still lists the others, exits 1', () => {
    const { stdout, stderr, exitCode } = shell()('ls /nope /etc/hosts');
    expect(stderr).toEqual(['ls: /nope: No such file or directory']);
    expect(stdout).toEqual(['/etc/hosts']);
    expect(exitCode).toBe(1);
  });

  it('labels directories when given several, files first; -F marks without widening the columns', () => {
    expect(shell()('ls -F /etc/motd /etc /sbin').stdout).toEqual(['/etc/motd', '', '/etc:', 'hosts   init.d/ motd    passwd  vmware/', '', '/sbin:', 'auto-backup.sh* services.sh*']);
  });

  it('-a shows . and .., -A hides them, -d lists the directory itself', () => {
    const run = shell();
    run('touch /tmp/.hidden /tmp/seen');
    expect(run('ls -a /tmp').stdout).toEqual(['.        ..       .hidden  seen']);
    expect(run('ls -A /tmp').stdout).toEqual(['.hidden  seen']);
    expect(run('ls /tmp').stdout).toEqual(['seen']);
    expect(run('ls -d /tmp').stdout).toEqual(['/tmp']);
  });

  it('-R walks subdirectories with headers, -r reverses', () => {
    const run = shell();
    expect(run('ls -R /etc/vmware').stdout).toEqual([
      '/etc/vmware:', 'esx.conf   hostd      vmkiscsid', '', '/etc/vmware/hostd:', 'config.xml  proxy.xml', '', '/etc/vmware/vmkiscsid:', 'initiatorname.iscsi  iscsid.conf',
    ]);
    expect(run('ls -1r /etc').stdout).toEqual(['vmware', 'passwd', 'motd', 'init.d', 'hosts']);
  });

  it('lists the working directory by default and rejects unknown options', () => {
    const run = shell();
    run('cd /etc/vmware/hostd');
    expect(run('ls').stdout).toEqual(['config.xml  proxy.xml']);
    const bad = run('ls -z');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr[0]).toBe("ls: invalid option -- 'z'");
    expect(bad.stderr[1]).toMatch(/^Usage: ls /);
    expect(run('ls -t').stderr[0]).toMatch(/not simulated/);
  });

  it('pipes into wc', () => {
    expect(shell()('ls -1 /vmfs/volumes | wc -l').stdout).toEqual(['9']);
  });
});
