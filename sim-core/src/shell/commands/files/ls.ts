import type { HostState } from '../../../lab/types';
import { ERRNO_TEXT } from '../../../messages/shell';
import { lookup } from '../../../vfs/tree';
import { fail, lines, type CommandResult, type CommandSpec } from '../../types';
import { badOption, parseArgs } from './args';
import { absolute, lstatPath, statPath } from './fs';
import { showFiles, type Item, type LsOptions } from './ls-format';
import { FILES_TEXT } from './messages';

const SIMULATED = '1aAdFhlRrnp';
/** Options busybox ls has that this lab does not model: they say so instead of pretending. */
const NOT_SIMULATED = 'CceiLsStuvxXkgTw';

const HELP = `Usage: ls [-1aAdFhlnpRr] [FILE]...

List directory contents

Options:
	-1	List files in a single column
	-a	Do not hide entries starting with .
	-A	Like -a, but do not list . and ..
	-d	List directory entries instead of contents
	-F	Append indicator (one of */@) to entries
	-h	List sizes in human readable format (1K 243M 2G)
	-l	Use a long listing format
	-n	List numeric UIDs and GIDs instead of names
	-p	Append indicator (/) to directories
	-R	List subdirectories recursively
	-r	Sort the listing in reverse order`;

interface Listing {
  host: HostState;
  opts: LsOptions;
  dot: boolean;
  hidden: boolean;
  recursive: boolean;
  labelDirs: boolean;
  reverse: boolean;
  nowMs: number;
  out: string[];
}

const sortItems = (items: Item[], reverse: boolean) =>
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) * (reverse ? -1 : 1));

const concatPath = (dir: string, name: string) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

function children(listing: Listing, dir: Item): Item[] {
  if (dir.node.kind !== 'dir') return [];
  const items: Item[] = [];
  if (listing.dot) {
    items.push({ name: '.', fullname: concatPath(dir.fullname, '.'), node: dir.node, real: dir.real });
    const up = lookup(listing.host.vfs.root, concatPath(dir.real, '..'));
    if (up.ok) items.push({ name: '..', fullname: concatPath(dir.fullname, '..'), node: up.node, real: up.path });
  }
  for (const [name, node] of Object.entries(dir.node.entries)) {
    if (name.startsWith('.') && !listing.hidden) continue;
    items.push({ name, fullname: concatPath(dir.fullname, name), node, real: concatPath(dir.real, name) });
  }
  return sortItems(items, listing.reverse);
}

function showDirs(listing: Listing, dirs: Item[], first: boolean): void {
  for (const dir of dirs) {
    if (listing.labelDirs || listing.recursive) {
      if (!first) listing.out.push('');
      first = false;
      listing.out.push(`${dir.fullname}:`);
    }
    const items = children(listing, dir);
    listing.out.push(...showFiles(listing.host, items, listing.opts, listing.nowMs));
    if (!listing.recursive) continue;
    const subdirs = items.filter((item) => item.node.kind === 'dir' && item.name !== '.' && item.name !== '..');
    showDirs(listing, subdirs, false);
  }
}

export const ls: CommandSpec = {
  name: 'ls',
  summary: 'list directory contents',
  help: HELP,
  run: ({ lab, host, argv, toTerminal }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), SIMULATED + NOT_SIMULATED, 'Tw');
    if (!parsed.ok) return fail(badOption('ls', HELP, parsed));
    const unsupported = [...parsed.flags].find((letter) => NOT_SIMULATED.includes(letter));
    if (unsupported) return fail(`${FILES_TEXT.lsNotSimulated(unsupported)}\n`);
    const { flags } = parsed;
    const long = flags.has('l');
    const opts: LsOptions = {
      long,
      // busybox prints one name per line when stdout is not a terminal (a pipe, a file)
      single: flags.has('1') || !toTerminal,
      human: flags.has('h'),
      numeric: flags.has('n'),
      classify: flags.has('F') ? 'all' : flags.has('p') ? 'dirs' : 'none',
    };
    const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
    const listing: Listing = {
      host, opts, dot: flags.has('a'), hidden: flags.has('a') || flags.has('A'), recursive: flags.has('R') && !flags.has('d'),
      labelDirs: operands.length > 1, reverse: flags.has('r'), nowMs: lab.clock.nowMs, out: [],
    };
    const errors: string[] = [];
    const items: Item[] = [];
    for (const operand of operands) {
      const abs = absolute(host, operand);
      // ls -l describes a link named on the command line; a trailing slash still follows it, and
      // `.` or `..` always name the directory itself (after `cd /bootbank`, `ls -l` lists the bank).
      const last = operand.split('/').filter(Boolean).at(-1);
      const follow = !long || (operand.endsWith('/') && abs !== '/') || last === '.' || last === '..';
      const found = follow ? statPath(host.vfs.root, abs) : lstatPath(host.vfs.root, abs);
      if (!found.ok) { errors.push(FILES_TEXT.lsError(operand, ERRNO_TEXT[found.error])); continue; }
      items.push({ name: operand, fullname: operand, node: found.node, real: found.real });
    }
    if (flags.has('d')) {
      listing.out.push(...showFiles(host, sortItems(items, listing.reverse), opts, listing.nowMs));
    } else {
      const files = sortItems(items.filter((item) => item.node.kind !== 'dir'), listing.reverse);
      const dirs = sortItems(items.filter((item) => item.node.kind === 'dir'), listing.reverse);
      listing.out.push(...showFiles(host, files, opts, listing.nowMs));
      showDirs(listing, dirs, files.length === 0);
    }
    return { stdout: lines(listing.out), stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0 };
  },
};
