import { describe, expect, it } from 'vitest';
import { shell } from '../testing/lab';
import fc from 'fast-check';
import { createLab, exec, validateLab } from '../testing/sim';
import { anyLine } from '../testing/arbitrary';
import { MAX_OUTPUT_CHARS, MAX_OUTPUT_LINES } from '../shell/run';
import { ERRNO_TEXT, SHELL_TEXT } from '../messages/shell';
import { ramdiskUsed } from './usage';
import { TEXT_TEXT } from '../shell/commands/text/messages';
import { MAX_TEXT_READ_CHARS } from '../shell/commands/text/input';

const NO_SPACE = SHELL_TEXT.writeError('cat', ERRNO_TEXT.ENOSPC);
const rowOf = (rows: string[], name: string) => rows.find((row) => row.startsWith(`${name} `))!.split(/\s+/);

/** Doubles a ~4 KB file 16 times (262 MB without a limit) and returns every answer. */
function doubleSixteenTimes(dir: string) {
  const sh = shell();
  sh(`echo ${'x'.repeat(3999)} > ${dir}/f`);
  const answers = Array.from({ length: 16 }, () => sh(`cat ${dir}/f >> ${dir}/f`));
  return { sh, answers };
}

describe('ramdisks and volumes fill up', () => {
  it('doubling a file in / stops at MAINSYS (32M as vdf shows it) with No space left on device, and the lab stays whole', () => {
    const { sh, answers } = doubleSixteenTimes('');
    const firstRefusal = answers.findIndex((answer) => answer.exitCode !== 0);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(answers[firstRefusal]!.stderr).toEqual([NO_SPACE]);
    // Every later try is refused too, and the file keeps what it had.
    expect(answers.slice(firstRefusal).every((answer) => answer.stderr[0] === NO_SPACE)).toBe(true);
    const size = Number(sh('ls -l /f').stdout[0]!.split(/\s+/)[4]);
    expect(size).toBe(4000 * 2 ** firstRefusal);
    const mainsys = rowOf(sh('vdf').stdout, 'MAINSYS');
    expect(Number(mainsys[2]) + size / 1024).toBeLessThanOrEqual(Number(mainsys[1]) + size / 1024);
    expect(Number(mainsys[3])).toBeLessThan(size / 1024);
    expect(validateLab(sh.lab())).toEqual([]);
    expect(sh('echo still here').stdout).toEqual(['still here']);
  });

  it('doubling a file in /tmp stops at the tmp ramdisk (192M), and vdf counts what it holds', () => {
    const { sh, answers } = doubleSixteenTimes('/tmp');
    const refused = answers.filter((answer) => answer.exitCode !== 0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.stderr).toEqual([NO_SPACE]);
    const tmp = rowOf(sh('vdf -h').stdout, 'tmp');
    expect(tmp[1]).toBe('192M');
    expect(Number(tmp[2]!.replace('M', ''))).toBeGreaterThan(96);
    // Past the tmp ramdisk, the lab's own ceilings: its largest file, and what a tab can hold.
    expect(sh('cat /tmp/f /tmp/f > /vmfs/volumes/datastore1/big').stderr).toEqual([SHELL_TEXT.writeError('cat', ERRNO_TEXT.EFBIG)]);
    expect(sh('cat /tmp/f /tmp/f /tmp/f /tmp/f /tmp/f | wc -c').stderr).toEqual([SHELL_TEXT.outOfMemory]);
    expect(validateLab(sh.lab())).toEqual([]);
  });

  it('a write that fits is kept whole, and the one source for the figures is what vdf prints', () => {
    const sh = shell();
    const lab = sh.lab();
    const tmp = lab.hosts.esx01!.vfs.ramdisks.find((disk) => disk.name === 'tmp')!;
    const before = ramdiskUsed(lab.hosts.esx01!.vfs, tmp);
    sh(`echo ${'y'.repeat(2047)} > /tmp/two-k`);
    const after = ramdiskUsed(sh.lab().hosts.esx01!.vfs, tmp);
    expect(after - before).toBe(2048);
    expect(Number(rowOf(sh('vdf').stdout, 'tmp')[2])).toBe(Math.ceil(after / 1024));
  });
});

describe('output and line caps', () => {
  it('`ls; ` 1,000 times shows at most 1,000 lines, the last saying the rest was cut and not run', () => {
    const lab = createLab('after-upgrade');
    const result = exec(lab, 'esx01', 'ls; '.repeat(1000));
    expect(result.output).toHaveLength(MAX_OUTPUT_LINES);
    expect(result.output.at(-1)).toEqual({ text: SHELL_TEXT.outputCut(MAX_OUTPUT_LINES, MAX_OUTPUT_CHARS), kind: 'system' });
    expect(result.exitCode).toBe(0);
    expect(exec(result.lab, 'esx01', 'history').output.at(-2)!.text).toMatch(/ls; ls; ls;/);
    // Past the cap, nothing more of the line runs: the file is never written.
    const cut = exec(lab, 'esx01', `${'ls; '.repeat(400)}echo late > /tmp/late`);
    expect(exec(cut.lab, 'esx01', 'ls /tmp/late').exitCode).toBe(1);
  });

  it('no line of output, however it is built, passes the caps', () => {
    let lab = createLab('after-upgrade');
    lab = exec(lab, 'esx01', `echo ${'z'.repeat(4000)} > /tmp/z`).lab;
    for (let i = 0; i < 8; i++) lab = exec(lab, 'esx01', 'cat /tmp/z >> /tmp/z').lab;
    fc.assert(fc.property(fc.constantFrom('cat /tmp/z', 'cat /tmp/z /tmp/z', 'cat /tmp/z | grep z', 'cat /tmp/z; ls /', 'ls -l /tmp'), anyLine, (big, other) => {
      const output = exec(lab, 'esx01', `${big}; ${other}`).output;
      const chars = output.filter((line) => line.kind !== 'system').reduce((sum, line) => sum + line.text.length, 0);
      return output.length <= MAX_OUTPUT_LINES && chars <= MAX_OUTPUT_CHARS;
    }), { numRuns: 60 });
  });

  it('a line longer than the lab reads is refused with a clear message, and the lab is unchanged', () => {
    const sh = shell();
    const before = sh.lab();
    const result = sh(`echo ${'a'.repeat(5000)}`);
    expect(result.stderr[0]).toMatch(/line too long: this lab reads at most 4096 characters/);
    expect(result.exitCode).toBe(2);
    expect(sh.lab().hosts.esx01!.vfs).toBe(before.hosts.esx01!.vfs);
  });
});

describe('text commands read at most 4 MB of an input', () => {
  const TOO_LARGE = (command: string, name: string) => TEXT_TEXT.tooLarge(command, name, MAX_TEXT_READ_CHARS / (1024 * 1024));

  it('a file doubled past 4 MB is refused by grep, wc, head and tail with the limit named, and cat still copies it', () => {
    const sh = shell();
    sh(`echo ${'x'.repeat(3999)} > /tmp/f`);
    for (let n = 0; n < 11; n++) sh('cat /tmp/f >> /tmp/f');
    expect(Number(sh('ls -l /tmp/f').stdout[0]!.split(/\s+/)[4])).toBeGreaterThan(MAX_TEXT_READ_CHARS);
    expect(sh('wc -l /tmp/f').stderr).toEqual([TOO_LARGE('wc', '/tmp/f')]);
    expect(sh('grep y /tmp/f')).toMatchObject({ stderr: [TOO_LARGE('grep', '/tmp/f')], exitCode: 2 });
    expect(sh('head -n 1 /tmp/f').stderr).toEqual([TOO_LARGE('head', '/tmp/f')]);
    expect(sh('cat /tmp/f | tail -n 1').stderr).toEqual([TOO_LARGE('tail', TEXT_TEXT.standardInput)]);
    expect(sh('cat /tmp/f > /tmp/g').exitCode).toBe(0);
    expect(sh('echo still here').stdout).toEqual(['still here']);
  });

  it('a file just under the limit is read whole', () => {
    const sh = shell();
    sh(`echo ${'x'.repeat(3999)} > /tmp/f`);
    for (let n = 0; n < 9; n++) sh('cat /tmp/f >> /tmp/f');
    expect(sh('wc -l /tmp/f').stdout[0]).toMatch(new RegExp(`^\\s*${2 ** 9} /tmp/f$`));
  });
});
