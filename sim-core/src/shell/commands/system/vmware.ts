import { runningBuild } from '../../../boot/banks';
import { buildInfo } from '../../../boot/builds';
import { fail, lines, ok, type CommandSpec } from '../../types';

/** `vmware -v` prints the build; `-l` adds the release level (GA, Update 1, ...). */
export const vmware: CommandSpec = {
  name: 'vmware',
  summary: 'print the ESXi version and build',
  help: 'Usage: vmware [-v] [-l]\n\nPrint the version of VMware ESXi this host runs\n\nOptions:\n\t-v\tVersion and build number\n\t-l\tRelease level (GA, Update 1, ...)',
  run: ({ host, argv }) => {
    const letters = argv.slice(1).map((arg) => (/^-[vl]+$/.test(arg) ? arg.slice(1) : null));
    if (letters.length === 0 || letters.includes(null)) return fail(`${vmware.help}\n`);
    const flags = letters.join('');
    const build = runningBuild(host);
    const version = `VMware ESXi 4.1.0 build-${build.replace(/^4\.1\.0-/, '')}`;
    const level = `VMware ESXi 4.1.0 ${buildInfo(build)?.release ?? 'GA'}`;
    return ok(lines([...(flags.includes('v') ? [version] : []), ...(flags.includes('l') ? [level] : [])]));
  },
};
