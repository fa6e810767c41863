import { describe, expect, it } from 'vitest';
import { shell } from '../../../testing/lab';

const run = (line: string) => shell()(line);

describe('echo', () => {
  it('joins its arguments; -n drops the newline; -e reads escapes', () => {
    expect(run('echo a   b "c  d"').stdout).toEqual(['a b c  d']);
    const session = shell();
    session('echo -n x > /tmp/f; echo -n y >> /tmp/f');
    expect(session('wc -c /tmp/f').stdout).toEqual(['        2 /tmp/f']);
    expect(run('echo -e "a\\tb\\nc\\\\d"').stdout).toEqual(['a\tb', 'c\\d']);
    expect(run('echo "a\\nb"').stdout).toEqual(['a\\nb']);
    expect(run('echo -x').stdout).toEqual(['-x']);
  });
});

describe('head and tail', () => {
  it('take lines from the start or the end, as -n N or -N', () => {
    expect(run('head -n 2 /bootbank/boot.cfg').stdout).toEqual(['kernel=b.z', 'kernelopt=']);
    expect(run('head -1 /bootbank/boot.cfg').stdout).toEqual(['kernel=b.z']);
    expect(run('tail -n 2 /bootbank/boot.cfg').stdout).toEqual(['updated=2', 'bootstate=0']);
    expect(run('tail -n +6 /bootbank/boot.cfg').stdout).toEqual(['bootstate=0']);
    expect(run('cat /bootbank/boot.cfg | tail -1').stdout).toEqual(['bootstate=0']);
  });

  it('head defaults to 10 lines and puts headers between several files', () => {
    expect(run('head /bootbank/boot.cfg').stdout).toHaveLength(6);
    expect(run('head -n 1 /etc/motd /etc/passwd').stdout).toEqual(['==> /etc/motd <==', 'VMware ESXi 4.1.0 build-348481', '', '==> /etc/passwd <==', 'root:x:0:0:Administrator:/:/bin/ash']);
  });

  it('reject a bad count and a missing file', () => {
    expect(run('head -n x /etc/motd')).toMatchObject({ exitCode: 1, stdout: [], stderr: ["head: invalid number 'x'"] });
    expect(run('tail /nope').stderr).toEqual(["tail: can't open '/nope': No such file or directory"]);
  });

  it('tail -f prints the file once and says following is not simulated', () => {
    const result = run('tail -n 1 -f /var/log/messages');
    // Tech Support Mode logs each command before it runs, so the newest line is this one.
    expect(result.stdout).toEqual([expect.stringMatching(/ shell\[\d+\]: tail -n 1 -f \/var\/log\/messages$/)]);
    expect(result.stderr[0]).toMatch(/^tail: following .*not simulated/);
    expect(result.exitCode).toBe(0);
  });
});

describe('wc', () => {
  it('prints busybox columns, a total for several files, a bare number for one count of stdin', () => {
    expect(run('wc /bootbank/boot.cfg').stdout).toEqual(['        6        18       141 /bootbank/boot.cfg']);
    expect(run('wc -l /etc/hosts /etc/passwd').stdout).toEqual(['        2 /etc/hosts', '        2 /etc/passwd', '        4 total']);
    expect(run('cat /etc/passwd | wc').stdout).toEqual(['        2         2        74']);
    expect(run('ls -1 /vmfs/volumes | wc -l').stdout).toEqual(['9']);
    expect(run('echo one two three | wc -w').stdout).toEqual(['3']);
  });

  it('reports a file it cannot open', () => {
    const result = run('wc /nope');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual(["wc: can't open '/nope': No such file or directory"]);
  });
});

describe('more and less', () => {
  it('print everything in this non-interactive terminal', () => {
    expect(run('more /etc/passwd').stdout).toEqual(['root:x:0:0:Administrator:/:/bin/ash', 'nobody:x:99:99:Nobody:/:/sbin/nologin']);
    expect(run('cat /etc/motd | less').stdout).toEqual(['VMware ESXi 4.1.0 build-348481']);
  });

  it('with nothing to show print their usage, and report missing files', () => {
    const bare = run('more');
    expect(bare.exitCode).toBe(1);
    expect(bare.stderr[0]).toBe('Usage: more [FILE]...');
    expect(run('less /nope').stderr).toEqual(["less: can't open '/nope': No such file or directory"]);
  });
});
