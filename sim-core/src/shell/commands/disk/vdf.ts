import { lookup } from '../../../vfs/tree';
import { ramdiskUsed } from '../../../vfs/usage';
import { humanWhole, percentUsed } from '../../../vfs/format';
import { readBank } from '../../../boot/banks';
import type { HostState } from '../../../lab/types';
import { fail, lines, ok, type CommandSpec } from '../../types';

const kilo = (bytes: number) => String(Math.ceil(bytes / 1024));

/** One tardisk per boot module of the running image: the archives visorfs was built from. */
function tardisks(host: HostState): { name: string; bytes: number }[] {
  const config = readBank(host, host.boot.booted);
  if (!config) return [];
  const bankDir = lookup(host.vfs.root, '/bootbank');
  const files = bankDir.ok && bankDir.node.kind === 'dir' ? bankDir.node.entries : {};
  return config.modules.map((name) => {
    const node = files[name];
    return { name, bytes: node && node.kind === 'file' ? (node.bytes ?? node.text?.length ?? 0) : 0 };
  });
}

export const vdf: CommandSpec = {
  name: 'vdf',
  summary: 'report visorfs tardisks and ramdisks',
  help: 'Usage: vdf [-h]\n\nReport the tardisks and ramdisks of the visorfs root file system\n\nOptions:\n\t-h\tHuman readable (e.g. 1K 243M 2G)',
  run: ({ host, argv }) => {
    const bad = argv.slice(1).find((flag) => flag !== '-h');
    if (bad) return fail(`vdf: invalid option -- '${bad.replace(/^-+/, '').charAt(0) || bad}'\n${vdf.help}\n`);
    const size = argv.includes('-h') ? humanWhole : kilo;
    const tarRows = tardisks(host).map((disk) => `${disk.name.padEnd(20)}${size(disk.bytes).padStart(10)}${size(disk.bytes).padStart(10)}`);
    const ramRows = host.vfs.ramdisks.map((disk) => {
      const used = ramdiskUsed(host.vfs, disk);
      return `${disk.name.padEnd(20)}${size(disk.size).padStart(10)}${size(used).padStart(10)}${size(disk.size - used).padStart(10)}${percentUsed(used, disk.size).padStart(5)} --`;
    });
    const tarHeader = `${'Tardisk'.padEnd(20)}${'Space'.padStart(10)}${'Used'.padStart(10)}`;
    const ramHeader = `${'Ramdisk'.padEnd(20)}${'Size'.padStart(10)}${'Used'.padStart(10)}${'Available'.padStart(10)}${'Use%'.padStart(5)} Mounted on`;
    return ok(lines([tarHeader, ...tarRows, '-----', ramHeader, ...ramRows]));
  },
};
