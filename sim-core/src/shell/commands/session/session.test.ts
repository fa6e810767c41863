import { describe, expect, it } from 'vitest';
import { shell } from '../../../testing/lab';
import { sim } from '../../../testing/sim';


describe('history', () => {
  it('numbers the session lines from 0 as busybox does, ending with itself', () => {
    const run = shell();
    run('uname');
    run('ls /tmp');
    expect(run('history').stdout).toEqual(['   0 uname', '   1 ls /tmp', '   2 history']);
    expect(run('history | tail -n 1').stdout).toEqual(['   3 history | tail -n 1']);
  });
});

describe('help', () => {
  it('lists every command the lab knows, then how to learn more', () => {
    const { stdout, exitCode } = shell()('help');
    expect(exitCode).toBe(0);
    const listed = stdout.filter((line) => line.startsWith('\t'));
    const names = listed.join(' ').split(/\s+/).filter(Boolean);
    for (const name of sim.commandNames()) expect(names).toContain(name);
    expect(names).toContain('esxcli');
    expect(stdout.some((line) => line.includes('NAME --help'))).toBe(true);
    expect(stdout.some((line) => line.includes('not simulated'))).toBe(true);
    expect(listed.every((line) => line.length <= 80)).toBe(true);
  });

  it('help NAME shows that command\'s help; unknown names fail', () => {
    const run = shell();
    expect(run('help grep').stdout[0]).toMatch(/^Usage: grep /);
    expect(run('help esxcfg-route').stderr[0]).toMatch(/not simulated/);
    expect(run('help nosuch').exitCode).toBe(1);
  });
});

describe('clear, true, false, exit', () => {
  it('clear asks for a clean screen', () => {
    const run = shell();
    const result = run('echo before; clear; echo after');
    expect(result.clearScreen).toBe(true);
    expect(result.stdout).toEqual(['after']);
  });

  it('true and false set the status', () => {
    const run = shell();
    expect(run('false').exitCode).toBe(1);
    expect(run('echo $?').stdout).toEqual(['1']);
    expect(run('true').exitCode).toBe(0);
    expect(run('false || echo recovered').stdout).toEqual(['recovered']);
  });

  it('exit and logout keep the session open and say so', () => {
    const run = shell();
    run('cd /etc');
    for (const word of ['exit', 'logout']) {
      const result = run(word);
      expect(result.exitCode).toBe(0);
      expect(result.stdout[0]).toMatch(new RegExp(`^${word}: this lab keeps the Tech Support Mode session open`));
    }
    expect(run('pwd').stdout).toEqual(['/etc']);
  });
});
