import { describe, expect, it } from 'vitest';
import { shell } from '../../../testing/lab';
import { exec } from '../../../testing/sim';


describe('mkdir', () => {
  it('creates a directory that ls then shows', () => {
    const run = shell();
    expect(run('mkdir /tmp/work').exitCode).toBe(0);
    expect(run('ls -l /tmp').stdout).toEqual(['drwxr-xr-x    1 root     root               512 Nov 29 09:00 work']);
  });

  it('needs the parent unless -p, and refuses what exists unless -p', () => {
    const run = shell();
    const missing = run('mkdir /tmp/a/b');
    expect(missing.stderr).toEqual(["mkdir: cannot create directory '/tmp/a/b': No such file or directory"]);
    expect(missing.exitCode).toBe(1);
    expect(run('mkdir -p /tmp/a/b').exitCode).toBe(0);
    expect(run('mkdir -p /tmp/a/b').exitCode).toBe(0);
    expect(run('mkdir /tmp/a').stderr).toEqual(["mkdir: cannot create directory '/tmp/a': File exists"]);
    expect(run('ls -R /tmp').stdout).toEqual(['/tmp:', 'a', '', '/tmp/a:', 'b', '', '/tmp/a/b:']);
  });

  it('creates through a link in the real volume, never mutating the lab it was given', () => {
    const run = shell();
    const before = run.lab();
    run('cd /bootbank');
    run('mkdir notes');
    expect(run('ls -d /vmfs/volumes/Hypervisor2/notes').stdout).toEqual(['/vmfs/volumes/Hypervisor2/notes']);
    expect(exec(before, 'esx01', 'ls /bootbank/notes').exitCode).toBe(1);
  });
});

describe('touch', () => {
  it('creates an empty file and leaves existing files alone', () => {
    const run = shell();
    expect(run('touch /tmp/empty /etc/motd').exitCode).toBe(0);
    expect(run('wc -c /tmp/empty').stdout).toEqual(['        0 /tmp/empty']);
    expect(run('cat /etc/motd').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
    expect(run('touch /nope/x').stderr).toEqual(['touch: /nope/x: No such file or directory']);
    run('touch -c /tmp/never');
    expect(run('ls /tmp').stdout).toEqual(['empty']);
  });
});

describe('rm', () => {
  it('removes files, and directories only with -r', () => {
    const run = shell();
    run('mkdir -p /tmp/d/e; touch /tmp/d/f /tmp/g');
    expect(run('rm /tmp/g').exitCode).toBe(0);
    const dir = run('rm /tmp/d');
    expect(dir.stderr).toEqual(['rm: /tmp/d: is a directory']);
    expect(dir.exitCode).toBe(1);
    expect(run('rm -r /tmp/d').exitCode).toBe(0);
    expect(run('ls -A /tmp').stdout).toEqual([]);
  });

  it('complains about missing files unless -f', () => {
    const run = shell();
    expect(run('rm /nope').stderr).toEqual(["rm: cannot remove '/nope': No such file or directory"]);
    const forced = run('rm -f /nope');
    expect(forced.exitCode).toBe(0);
    expect(forced.stderr).toEqual([]);
  });

  it('refuses /, mount points and . or ..', () => {
    const run = shell();
    const root = run('rm -rf /');
    expect(root.exitCode).toBe(1);
    expect(root.stderr[0]).toMatch(/^rm: cannot remove '\/': Device or resource busy/);
    expect(run('rm -rf /vmfs').stderr[0]).toMatch(/Device or resource busy/);
    expect(run('rm -r /tmp/..').stderr).toEqual(["rm: cannot remove '.' or '..'"]);
    expect(run('ls /vmfs/volumes/Hypervisor1').stdout.join(' ')).toContain('boot.cfg');
  });

  it('removes a link, not what it points to', () => {
    const run = shell();
    run('rm /vmfs/volumes/datastore1');
    expect(run('ls -1 /vmfs/volumes').stdout).not.toContain('datastore1');
    expect(run('ls -1 /vmfs/volumes').stdout).toHaveLength(8);
  });
});
