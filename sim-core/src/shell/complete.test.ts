import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HostState, LabState } from '../lab/types';
import { MAX_LINE_LENGTH } from './limits';
import { lookup } from '../vfs/tree';
import type { DirNode } from '../vfs/types';
import { REAL_LINES } from '../testing/arbitrary';
import { shell } from '../testing/lab';
import { createLab, exec, sim } from '../testing/sim';
import { complete, listMatches } from './complete';
import { ESXI41_COMMANDS } from './catalogue';

const NAMES = sim.commandNames();
const hostOf = (lab: LabState): HostState => lab.hosts.esx01!;
const fresh = () => hostOf(createLab('after-upgrade'));
const tab = (line: string, host = fresh(), cursor = line.length) => complete(host, line, cursor, NAMES);

/** A lab after some lines, for names with spaces, hidden files and another directory. */
function labAfter(...lines: string[]): HostState {
  const run = shell();
  lines.forEach((line) => run(line));
  return hostOf(run.lab());
}

describe('completing the first word: command names', () => {
  it('writes out a unique command and a space after it', () => {
    const done = tab('esxcfg-vs');
    expect(done.line).toBe('esxcfg-vswitch ');
    expect(done.cursor).toBe('esxcfg-vswitch '.length);
    expect(done.matches).toEqual(['esxcfg-vswitch']);
  });

  it('adds the common prefix of several commands and keeps them all for the listing', () => {
    const done = tab('vmkf');
    expect(done.line).toBe('vmkfstools ');
    const several = tab('esxcfg-v');
    expect(several.line).toBe('esxcfg-v');
    expect(several.matches).toEqual(['esxcfg-vmknic', 'esxcfg-volume', 'esxcfg-vswitch']);
    expect(tab('esxcfg-s').line).toBe('esxcfg-s');
    expect(tab('esxcfg-sc').line).toBe('esxcfg-scsidevs ');
  });

  it('offers 4.1 commands the lab does not simulate, and never a 5.x one', () => {
    expect(tab('vsi').line).toBe('vsish ');
    expect(tab('localc').matches).toEqual([]);
    expect(tab('esxcfg-fire').matches).toEqual([]);
  });

  it('knows the names of kits whose code has not been fetched yet, as a page is told them', () => {
    expect(complete(fresh(), 'frobn', 5, ['frobnicate']).line).toBe('frobnicate ');
  });

  it('completes the first word after a pipe, a list or a subshell', () => {
    expect(tab('cat /etc/hosts | gre').line).toBe('cat /etc/hosts | grep ');
    expect(tab('cd /; esxcfg-ni').line).toBe('cd /; esxcfg-nics ');
    expect(tab('true && vdf').matches).toEqual(['vdf']);
  });

  it('completes a first word with a slash from the file system', () => {
    expect(tab('/etc/init.d/hos').line).toBe('/etc/init.d/hostd ');
    expect(tab('/etc/vmw').line).toBe('/etc/vmware/');
  });
});

describe('completing later words: paths', () => {
  it('writes out a directory with a slash and no space', () => {
    expect(tab('ls /etc/vmw').line).toBe('ls /etc/vmware/');
    expect(tab('cat /etc/ho').line).toBe('cat /etc/hosts ');
  });

  it('lists a directory, directories marked, and adds nothing when the names share no more', () => {
    const done = tab('ls /etc/');
    expect(done.line).toBe('ls /etc/');
    expect(done.matches).toEqual(['hosts', 'init.d/', 'motd', 'passwd', 'vmware/']);
  });

  it('offers only directories after cd', () => {
    expect(tab('cd /etc/').matches).toEqual(['init.d/', 'vmware/']);
    expect(tab('cd /etc/h').matches).toEqual([]);
  });

  it('follows links: /bootbank is a directory', () => {
    expect(tab('ls /bootb').line).toBe('ls /bootbank/');
    expect(tab('cat /bootbank/boot.c').line).toBe('cat /bootbank/boot.cfg ');
  });

  it('completes relative to the current directory and from ~ (root\'s home is /)', () => {
    const inEtc = labAfter('cd /etc');
    expect(tab('cat ho', inEtc).line).toBe('cat hosts ');
    expect(tab('ls ~/et').line).toBe('ls ~/etc/');
  });

  it('escapes spaces and other special characters as ash does, and writes inside an open quote unescaped', () => {
    const host = labAfter('mkdir "/tmp/my dir"', 'touch "/tmp/a&b"');
    expect(tab('ls /tmp/my', host).line).toBe('ls /tmp/my\\ dir/');
    expect(tab('ls /tmp/a', host).line).toBe('ls /tmp/a\\&b ');
    expect(tab('ls "/tmp/my', host).line).toBe('ls "/tmp/my dir/');
    expect(tab('cat "/tmp/a', host).line).toBe('cat "/tmp/a&b" ');
    expect(tab('ls /tmp/my\\ d', host).line).toBe('ls /tmp/my\\ dir/');
  });

  it('hides dot names from a bare Tab but completes them when asked for', () => {
    const host = labAfter('touch /tmp/.hidden /tmp/seen');
    expect(tab('ls /tmp/', host).matches).toEqual(['seen']);
    expect(tab('ls /tmp/.h', host).line).toBe('ls /tmp/.hidden ');
  });

  it('completes after a redirection and keeps the text after the cursor', () => {
    expect(tab('echo x > /tmp/../etc/mo').line).toBe('echo x > /tmp/../etc/motd ');
    const middle = 'ls /etc/vmw | grep esx';
    const done = tab(middle, fresh(), 'ls /etc/vmw'.length);
    expect(done.line).toBe('ls /etc/vmware/ | grep esx');
    expect(done.cursor).toBe('ls /etc/vmware/'.length);
  });

  it('finds nothing in a directory that does not exist or in a file, and adds nothing after a lone backslash', () => {
    expect(tab('ls /nope/a').matches).toEqual([]);
    expect(tab('ls /etc/hosts/').matches).toEqual([]);
    expect(tab('ls /etc/vmw\\').line).toBe('ls /etc/vmw\\');
  });

  it('does not grow a line past what the shell reads', () => {
    const long = `echo ${'x'.repeat(MAX_LINE_LENGTH - 12)} /etc/vmw`;
    expect(tab(long).line).toBe(long);
  });
});

describe('listing the matches (a second Tab)', () => {
  it('fills columns top to bottom, each as wide as the longest name and two spaces', () => {
    expect(listMatches(['hosts', 'init.d/', 'motd', 'passwd', 'vmware/'])).toEqual(['hosts    init.d/  motd     passwd   vmware/']);
    const many = Array.from({ length: 12 }, (_, index) => `name-${String(index).padStart(2, '0')}-${'x'.repeat(10)}`);
    const lines = listMatches(many);
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('name-00-')).toBe(true);
    expect(lines[1]!.startsWith('name-01-')).toBe(true);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('puts a name longer than the screen on a line of its own', () => {
    expect(listMatches(['a'.repeat(90), 'b'])).toEqual(['a'.repeat(90), 'b']);
    expect(listMatches([])).toEqual([]);
  });
});

// Lines as a reader types them: real commands cut anywhere, and shell punctuation and quotes.
const SHELLISH = [...'ls cd cat /etc/vmw~.-_"\'\\ |;&<>()$*?`\t', 'esxcfg-', '/bootbank/', '/vmfs/volumes/', '~/', '..'];
const typedLine = fc.oneof(
  fc.constantFrom(...REAL_LINES).chain((line) => fc.nat(line.length).map((cut) => line.slice(0, cut))),
  fc.array(fc.constantFrom(...SHELLISH), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
);

/** Every path in a host's file system, for prefixes a reader might type. */
function allPaths(root: DirNode, at = ''): string[] {
  return Object.entries(root.entries).flatMap(([name, node]) => {
    if (/[\s\\'"`$&|;<>()*?[\]{}#=+%^:]/.test(name)) return [];
    const path = `${at}/${name}`;
    return node.kind === 'dir' ? [path, ...allPaths(node, path)] : [path];
  });
}

describe('completion properties', () => {
  const host = labAfter('mkdir "/tmp/my dir"', 'touch /tmp/.hidden', 'cd /etc');
  const root = fresh();
  const paths = allPaths(root.vfs.root);

  it('never throws, and keeps the text up to the cursor and after it as it was', () => {
    fc.assert(fc.property(typedLine, fc.integer({ min: -3, max: 60 }), (line, cursor) => {
      const at = Math.max(0, Math.min(cursor, line.length));
      const done = complete(host, line, cursor, NAMES);
      expect(done.line.startsWith(line.slice(0, at))).toBe(true);
      expect(done.line.endsWith(line.slice(at))).toBe(true);
      expect(done.cursor).toBe(done.line.length - line.slice(at).length);
      expect(done.matches).toEqual([...done.matches].sort());
    }), { numRuns: 600 });
  });

  it('a unique path match names a path that exists, and the completed line runs without "No such file"', () => {
    fc.assert(fc.property(fc.constantFrom(...paths), fc.nat(), (path, cut) => {
      const typed = path.slice(0, 1 + (cut % path.length));
      const done = tab(`ls -d ${typed}`, root);
      if (done.matches.length !== 1) return;
      const word = done.line.slice('ls -d '.length).trimEnd();
      expect(lookup(root.vfs.root, word).ok).toBe(true);
      const ran = exec(createLab('after-upgrade'), 'esx01', done.line);
      expect(ran.exitCode).toBe(0);
    }), { numRuns: 300 });
  });

  it('a unique command match is a command the lab knows', () => {
    const known = new Set([...ESXI41_COMMANDS, ...NAMES]);
    fc.assert(fc.property(fc.constantFrom(...NAMES.filter((name) => !name.includes('/'))), fc.nat(), (name, cut) => {
      const done = tab(name.slice(0, cut % (name.length + 1)));
      if (done.matches.length !== 1) return;
      expect(known.has(done.line.trimEnd())).toBe(true);
      expect(done.matches).toContain(done.line.trimEnd());
    }), { numRuns: 300 });
  });
});
