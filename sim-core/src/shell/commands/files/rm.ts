import { ERRNO_TEXT } from '../../../messages/shell';
import { setNode } from '../../../vfs/tree';
import { fail, lines, type CommandResult, type CommandSpec } from '../../types';
import { badOption, parseArgs, usage } from './args';
import { absolute, isWithin, lstatPath, withRoot } from './fs';
import { FILES_TEXT } from './messages';

const HELP = `Usage: rm [OPTION]... FILE...

Remove (unlink) the FILE(s). Links are removed, not what they point to

Options:
	-f	Never prompt, ignore files that do not exist
	-R,-r	Remove directories recursively`;

export const rm: CommandSpec = {
  name: 'rm',
  summary: 'remove files or directories',
  help: HELP,
  run: ({ lab, host, argv }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), 'fiRr');
    if (!parsed.ok) return fail(badOption('rm', HELP, parsed));
    const { flags, operands } = parsed;
    if (flags.has('i')) return fail(`${FILES_TEXT.rmInteractive}\n`);
    const force = flags.has('f');
    const recursive = flags.has('r') || flags.has('R');
    if (operands.length === 0) return force ? { stdout: '', stderr: '', exitCode: 0 } : fail(usage(HELP));
    let root = host.vfs.root;
    const errors: string[] = [];
    for (const operand of operands) {
      const stripped = operand.replace(/\/+$/, '');
      const base = stripped.slice(stripped.lastIndexOf('/') + 1);
      if (base === '.' || base === '..') { errors.push(FILES_TEXT.rmDots); continue; }
      const found = lstatPath(root, absolute(host, operand));
      if (!found.ok) {
        if (!force || found.error !== 'ENOENT') errors.push(FILES_TEXT.rmMissing(operand, ERRNO_TEXT[found.error]));
        continue;
      }
      if (found.node.kind === 'dir' && !recursive) { errors.push(FILES_TEXT.rmIsDir(operand)); continue; }
      if (found.real === '/' || host.vfs.mounts.some((mount) => isWithin(mount.path, found.real))) { errors.push(FILES_TEXT.rmBusy(operand)); continue; }
      root = setNode(root, found.real, undefined);
    }
    const changed = root === host.vfs.root ? undefined : withRoot(lab, host, root);
    return { stdout: '', stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0, ...(changed ? { lab: changed } : {}) };
  },
};
