import { describe, expect, it } from 'vitest';
import { shell } from '../../../testing/lab';
import { PROMPT } from '../../../messages/shell';


describe('cd and pwd', () => {
  it('keeps the logical path through a link, so the prompt shows /bootbank', () => {
    const run = shell();
    expect(run('cd /bootbank').exitCode).toBe(0);
    expect(run.cwd()).toBe('/bootbank');
    expect(PROMPT(run.cwd())).toBe('/bootbank # ');
    expect(run('pwd').stdout).toEqual(['/bootbank']);
    expect(run('pwd -P').stdout).toEqual(['/vmfs/volumes/4c3c0016-2f1841ef-5e16-001ec9b6a001']);
    expect(run('cat boot.cfg').stdout).toContain('build=4.1.0-348481');
  });

  it('.. leaves the link logically; no argument and ~ go home to /', () => {
    const run = shell();
    run('cd /vmfs/volumes/Hypervisor1');
    run('cd ..');
    expect(run('pwd').stdout).toEqual(['/vmfs/volumes']);
    run('cd');
    expect(run.cwd()).toBe('/');
    run('cd /etc; cd ~');
    expect(run.cwd()).toBe('/');
    run('cd -P /altbootbank');
    expect(run.cwd()).toBe('/vmfs/volumes/4c3c0015-2f16a8d6-5e15-001ec9b6a001');
  });

  it('refuses what is not a directory, as ash does, and stays put', () => {
    const run = shell();
    run('cd /etc');
    for (const target of ['/nope', '/etc/hosts']) {
      const result = run(`cd ${target}`);
      expect(result.stderr).toEqual([`-ash: cd: can't cd to ${target}`]);
      expect(result.exitCode).toBe(2);
    }
    expect(run.cwd()).toBe('/etc');
  });
});

describe('cat', () => {
  it('prints files in order', () => {
    const { stdout, exitCode } = shell()('cat /etc/motd /etc/passwd');
    expect(exitCode).toBe(0);
    expect(stdout).toEqual(['VMware ESXi 4.1.0 build-348481', 'root:x:0:0:Administrator:/:/bin/ash', 'nobody:x:99:99:Nobody:/:/sbin/nologin']);
  });

  it('reads stdin when piped, also for -', () => {
    const run = shell();
    expect(run('echo piped | cat').stdout).toEqual(['piped']);
    expect(run('echo first | cat - /etc/motd').stdout).toEqual(['first', 'VMware ESXi 4.1.0 build-348481']);
  });

  it('complains busybox-style about missing files and directories, exit 1', () => {
    const run = shell();
    const missing = run('cat /nope /etc/motd');
    expect(missing.stderr).toEqual(["cat: can't open '/nope': No such file or directory"]);
    expect(missing.stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
    expect(missing.exitCode).toBe(1);
    expect(run('cat /etc').stderr).toEqual(['cat: read error: Is a directory']);
  });

  it('does not show binary boot modules, and says why', () => {
    const result = shell()('cat /bootbank/k.z');
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^cat: \/bootbank\/k\.z: binary file.*not shown in this lab/);
    expect(result.exitCode).toBe(1);
  });

  it('reads back what a redirection wrote', () => {
    const run = shell();
    run('echo x > /tmp/f');
    run('echo y >> /tmp/f');
    expect(run('cat /tmp/f').stdout).toEqual(['x', 'y']);
  });

  it('with no file and nothing piped, says the terminal cannot be typed into', () => {
    const result = shell()('cat');
    expect(result.exitCode).toBe(1);
    expect(result.stderr[0]).toMatch(/^cat: no input/);
  });
});
