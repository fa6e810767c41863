import { mountUsed } from '../../../vfs/usage';
import { humanDecimal, percentUsed } from '../../../vfs/format';
import { fail, lines, ok, type CommandSpec } from '../../types';

const row = (fs: string, size: string, used: string, avail: string, pct: string, on: string) =>
  `${fs.padEnd(20)}${size.padStart(10)}${used.padStart(10)}${avail.padStart(10)}${pct.padStart(5)} ${on}`;

const kilo = (bytes: number) => String(Math.ceil(bytes / 1024));

export const df: CommandSpec = {
  name: 'df',
  summary: 'report file system space usage',
  help: 'Usage: df [-hk] [FILESYSTEM]...\n\nPrint filesystem usage statistics\n\nOptions:\n\t-h\tHuman readable (e.g. 1K 243M 2G)\n\t-k\t1024-byte blocks (default)',
  run: ({ host, argv }) => {
    const flags = argv.slice(1);
    const bad = flags.find((flag) => !/^-[hk]+$/.test(flag));
    if (bad) return fail(`df: invalid option -- '${bad.replace(/^-+/, '').charAt(0) || bad}'\n${df.help}\n`);
    const human = flags.some((flag) => flag.includes('h'));
    const size = human ? humanDecimal : kilo;
    const header = human ? row('Filesystem', 'Size', 'Used', 'Available', 'Use%', 'Mounted on') : row('Filesystem', '1K-blocks', 'Used', 'Available', 'Use%', 'Mounted on');
    const rows = host.vfs.mounts.map((mount) => {
      const used = mountUsed(host.vfs.root, mount);
      return row(mount.fsType, size(mount.size), size(used), size(mount.size - used), percentUsed(used, mount.size), mount.path);
    });
    return ok(lines([header, ...rows]));
  },
};
