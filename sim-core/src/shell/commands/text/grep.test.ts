import { describe, expect, it } from 'vitest';
import { exec, createLab } from '../../../testing/sim';

function run(line: string) {
  const result = exec(createLab('after-upgrade'), 'esx01', line);
  const texts = (kind: string) => result.output.filter((l) => l.kind === kind).map((l) => l.text);
  return { exitCode: result.exitCode, stdout: texts('stdout'), stderr: texts('stderr') };
}

describe('grep', () => {
  it('filters a pipe: the build the host booted', () => {
    expect(run('cat /bootbank/boot.cfg | grep build')).toEqual({ exitCode: 0, stdout: ['build=4.1.0-348481'], stderr: [] });
  });

  it('exits 1 when nothing matches, 2 when a file is missing', () => {
    expect(run('grep nothing /etc/passwd')).toEqual({ exitCode: 1, stdout: [], stderr: [] });
    const missing = run('grep root /nope /etc/passwd');
    expect(missing.stderr).toEqual(['grep: /nope: No such file or directory']);
    expect(missing.stdout).toEqual(['/etc/passwd:root:x:0:0:Administrator:/:/bin/ash']);
    expect(missing.exitCode).toBe(2);
  });

  it('prefixes file names with several files, and -n line numbers', () => {
    expect(run('grep -n build /bootbank/boot.cfg /altbootbank/boot.cfg').stdout).toEqual([
      '/bootbank/boot.cfg:4:build=4.1.0-348481',
      '/altbootbank/boot.cfg:4:build=4.1.0-260247',
    ]);
    expect(run('grep -h updated /bootbank/boot.cfg /altbootbank/boot.cfg').stdout).toEqual(['updated=2', 'updated=1']);
  });

  it('-i, -v, -c, -l, -w, -x', () => {
    expect(run('grep -i NOBODY /etc/passwd').stdout).toEqual(['nobody:x:99:99:Nobody:/:/sbin/nologin']);
    expect(run('grep -v root /etc/passwd').stdout).toEqual(['nobody:x:99:99:Nobody:/:/sbin/nologin']);
    expect(run('grep -c = /bootbank/boot.cfg').stdout).toEqual(['6']);
    expect(run('grep -l 348481 /bootbank/boot.cfg /altbootbank/boot.cfg').stdout).toEqual(['/bootbank/boot.cfg']);
    expect(run('grep -w esx /etc/hosts').exitCode).toBe(1);
    expect(run('grep -w esx01 /etc/hosts').stdout).toHaveLength(1);
    expect(run('grep -x kernel= /bootbank/boot.cfg').exitCode).toBe(1);
    expect(run('grep -x kernel=b.z /bootbank/boot.cfg').stdout).toEqual(['kernel=b.z']);
  });

  it('-q prints nothing and answers with the status', () => {
    expect(run('grep -q bootstate=0 /bootbank/boot.cfg && echo bootable')).toEqual({ exitCode: 0, stdout: ['bootable'], stderr: [] });
  });

  it('basic regular expressions by default, extended with -E, fixed strings with -F', () => {
    expect(run('grep "4\\.1\\.0-[0-9]\\{6\\}" /bootbank/boot.cfg').stdout).toEqual(['build=4.1.0-348481']);
    expect(run('grep "^b" /bootbank/boot.cfg').stdout).toEqual(['build=4.1.0-348481', 'bootstate=0']);
    expect(run('grep -E "^(kernel|build)=" /bootbank/boot.cfg').stdout).toEqual(['kernel=b.z', 'build=4.1.0-348481']);
    expect(run('grep -F "b.z" /bootbank/boot.cfg').stdout).toEqual(['kernel=b.z']);
    expect(run('grep -e updated -e bootstate /bootbank/boot.cfg').stdout).toEqual(['updated=2', 'bootstate=0']);
  });

  it('an invalid regular expression is a clear error with exit 2', () => {
    const bad = run('grep -E "(" /etc/hosts');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toEqual(["grep: invalid regular expression '(': Unmatched ( or \\("]);
    expect(run('grep "(" /etc/hosts').exitCode).toBe(1);
  });

  it('without a pattern prints its usage and exits 2', () => {
    const result = run('grep');
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toMatch(/^Usage: grep /);
  });
});
