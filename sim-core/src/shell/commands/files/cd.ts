import { withHost } from '../../../lab/with-host';
import { fail, ok, type CommandSpec } from '../../types';
import { absolute, statPath } from './fs';
import { FILES_TEXT } from './messages';

const HOME = '/';

/** ash's cd: keeps the logical path (`cd /bootbank` shows `/bootbank # `); -P takes the real one. */
export const cd: CommandSpec = {
  name: 'cd',
  summary: 'change the working directory (a shell builtin)',
  help: `Usage: cd [-L|-P] [DIR]

Change the shell's working directory (ash builtin). With no DIR, or ~, go to HOME (/)

Options:
	-L	Keep the logical path, through links (default)
	-P	Use the physical path, with links resolved`,
  run: ({ lab, host, argv }) => {
    let physical = false;
    let index = 1;
    for (; index < argv.length; index++) {
      const arg = argv[index]!;
      if (arg === '--') { index++; break; }
      if (arg === '-' || !arg.startsWith('-')) break;
      if (!/^-[LP]+$/.test(arg)) return fail(`${FILES_TEXT.cdBadOption(arg)}\n`, 2);
      physical = arg.endsWith('P');
    }
    const target = argv[index];
    if (target === '-') return fail(`${FILES_TEXT.cdDashNotSimulated}\n`, 2);
    const wanted = target === undefined || target === '' || target === '~' ? HOME : target.startsWith('~/') ? target.slice(1) : target;
    const abs = absolute(host, wanted);
    const found = statPath(host.vfs.root, abs);
    if (!found.ok || found.node.kind !== 'dir') return fail(`${FILES_TEXT.cdFailed(target ?? HOME)}\n`, 2);
    const cwd = physical ? found.real : abs;
    if (cwd === host.shell.cwd) return ok();
    return ok('', withHost(lab, { ...host, shell: { ...host.shell, cwd } }));
  },
};

export const pwd: CommandSpec = {
  name: 'pwd',
  summary: 'print the working directory',
  help: `Usage: pwd [-L|-P]

Print the full filename of the current working directory

Options:
	-L	The logical path, as cd was given it (default)
	-P	The physical path, with links resolved`,
  run: ({ host, argv }) => {
    const bad = argv.slice(1).find((arg) => !/^-[LP]+$/.test(arg));
    if (bad !== undefined && bad.startsWith('-')) return fail(`${FILES_TEXT.pwdBadOption(bad)}\n`, 2);
    const physical = argv.slice(1).filter((arg) => /^-[LP]+$/.test(arg)).some((arg) => arg.endsWith('P'));
    if (!physical) return ok(`${host.shell.cwd}\n`);
    const found = statPath(host.vfs.root, host.shell.cwd);
    return ok(`${found.ok ? found.real : host.shell.cwd}\n`);
  },
};
