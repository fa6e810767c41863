import { ERRNO_TEXT } from '../../../messages/shell';
import { baseName, parentOf, resolvePath, splitPath } from '../../../vfs/path';
import { lookup, setNode } from '../../../vfs/tree';
import type { DirNode, VfsNode } from '../../../vfs/types';
import { fail, lines, type CommandResult, type CommandSpec } from '../../types';
import { badOption, parseArgs, usage } from './args';
import { absolute, lstatPath, withRoot } from './fs';
import { FILES_TEXT } from './messages';

type Created = { ok: true; root: DirNode } | { ok: false; reason: string };

/** Puts `node` at the logical path `abs`, whose parent must be a directory. */
function create(root: DirNode, abs: string, node: VfsNode): Created {
  if (lstatPath(root, abs).ok) return { ok: false, reason: ERRNO_TEXT.EEXIST };
  const parent = lookup(root, parentOf(abs));
  if (!parent.ok) return { ok: false, reason: ERRNO_TEXT[parent.error] };
  if (parent.node.kind !== 'dir') return { ok: false, reason: ERRNO_TEXT.ENOTDIR };
  return { ok: true, root: setNode(root, resolvePath(parent.path, baseName(abs)), node) };
}

const EMPTY_DIR: DirNode = { kind: 'dir', entries: {} };

/** mkdir -p: every missing directory on the way; an existing directory is fine. */
function createParents(root: DirNode, abs: string): Created {
  let current = root;
  let prefix = '';
  for (const part of splitPath(abs)) {
    prefix = `${prefix}/${part}`;
    const found = lookup(current, prefix);
    if (found.ok && found.node.kind === 'dir') continue;
    if (found.ok) return { ok: false, reason: prefix === abs ? ERRNO_TEXT.EEXIST : ERRNO_TEXT.ENOTDIR };
    const made = create(current, prefix, EMPTY_DIR);
    if (!made.ok) return made;
    current = made.root;
  }
  return { ok: true, root: current };
}

const MKDIR_HELP = `Usage: mkdir [OPTION] DIRECTORY...

Create DIRECTORY

Options:
	-m MODE	Mode (accepted; this lab derives modes from where a file lives)
	-p	No error if exists; make parent directories as needed`;

export const mkdir: CommandSpec = {
  name: 'mkdir',
  summary: 'make directories',
  help: MKDIR_HELP,
  run: ({ lab, host, argv }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), 'mp', 'm');
    if (!parsed.ok) return fail(badOption('mkdir', MKDIR_HELP, parsed));
    if (parsed.operands.length === 0) return fail(usage(MKDIR_HELP));
    let root = host.vfs.root;
    const errors: string[] = [];
    for (const operand of parsed.operands) {
      const abs = absolute(host, operand);
      const made = parsed.flags.has('p') ? createParents(root, abs) : create(root, abs, EMPTY_DIR);
      if (made.ok) root = made.root;
      else errors.push(FILES_TEXT.mkdirFailed(operand, made.reason));
    }
    const changed = root === host.vfs.root ? undefined : withRoot(lab, host, root);
    return { stdout: '', stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0, ...(changed ? { lab: changed } : {}) };
  },
};

const TOUCH_HELP = `Usage: touch [-c] FILE [FILE]...

Update the last-modified date on the given FILE[s], creating the ones that do not exist

Options:
	-c	Do not create any files`;

export const touch: CommandSpec = {
  name: 'touch',
  summary: 'create empty files (this lab keeps no file times to update)',
  help: TOUCH_HELP,
  run: ({ lab, host, argv }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), 'c');
    if (!parsed.ok) return fail(badOption('touch', TOUCH_HELP, parsed));
    if (parsed.operands.length === 0) return fail(usage(TOUCH_HELP));
    let root = host.vfs.root;
    const errors: string[] = [];
    for (const operand of parsed.operands) {
      const abs = absolute(host, operand);
      if (lookup(root, abs).ok || parsed.flags.has('c')) continue;
      const made = create(root, abs, { kind: 'file', text: '' });
      if (made.ok) root = made.root;
      else if (made.reason !== ERRNO_TEXT.EEXIST) errors.push(FILES_TEXT.touchFailed(operand, made.reason));
    }
    const changed = root === host.vfs.root ? undefined : withRoot(lab, host, root);
    return { stdout: '', stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0, ...(changed ? { lab: changed } : {}) };
  },
};
