import { bankPath, otherBank, readBank, runningBuild } from '../../../boot/banks';
import { bootConfigFor, bankFiles } from '../../../boot/image';
import { bundleBuild, buildInfo } from '../../../boot/builds';
import { BOOTSTATE } from '../../../boot/types';
import { withHost } from '../../../lab/with-host';
import type { HostState } from '../../../lab/types';
import { lookup, buildTree, setNode } from '../../../vfs/tree';
import { baseName, resolvePath } from '../../../vfs/path';
import { ESXUPDATE_TEXT } from '../../../messages/esxupdate';
import { fail, lines, ok, type CommandContext, type CommandResult, type CommandSpec } from '../../types';

const HELP = `Usage: esxupdate [options] <command>

Install updates on this host (simulated: offline bundles only)

Commands:
\tupdate\t\tInstall the bundle named by --bundle into the standby boot bank
\tquery\t\tList the image this host runs and the one on standby

Options:
\t-b, --bundle=FILE\tAn offline bundle (.zip), e.g. on /vmfs/volumes/datastore1`;

function bundleArg(argv: string[]): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--bundle=')) return arg.slice('--bundle='.length);
    if (arg === '--bundle' || arg === '-b') return argv[i + 1] ?? '';
  }
  return undefined;
}

function commandArg(argv: string[]): string | undefined {
  const rest = argv.slice(1).filter((arg, i, all) => !arg.startsWith('-') && all[i - 1] !== '-b' && all[i - 1] !== '--bundle');
  return rest[0];
}

function query(host: HostState): CommandResult {
  const standby = readBank(host, otherBank(host.boot.booted));
  const describe = (build: string | undefined) => (build ? `${build} (${buildInfo(build)?.release ?? 'unknown'})` : 'none');
  return ok(lines([
    `Running image:  ${describe(runningBuild(host))}`,
    `Standby image:  ${describe(standby?.build)}${standby ? `, bootstate=${standby.bootstate ?? ''}` : ''}`,
  ]));
}

/**
 * Writes the bundle's image into the bank that did not boot, with a higher `updated` (bootstate 1).
 * Like a real 4.1 host it installs only in maintenance mode (hostd's flag, services kit), after
 * reading the bundle; the refusal's wording is the lab's [guess].
 */
function update(ctx: CommandContext, bundle: string): CommandResult {
  const { host, lab } = ctx;
  const path = resolvePath(host.shell.cwd, bundle);
  const found = lookup(host.vfs.root, path);
  if (!found.ok || found.node.kind !== 'file') return fail(`esxupdate: cannot open bundle ${bundle}: No such file or directory\n`);
  const target = bundleBuild(baseName(found.path));
  if (!target) return fail(`esxupdate: ${bundle} is not an ESXi 4.1 offline bundle this lab knows\n`);
  const running = runningBuild(host);
  if ((buildInfo(running)?.number ?? 0) >= target.number) return ok(`esxupdate: nothing to do: the host already runs ${running}, which is not older than ${target.build}\n`);
  if (!host.services.maintenanceMode) return fail(`${ESXUPDATE_TEXT.needsMaintenance(host.id)}\n`);
  const current = readBank(host, host.boot.booted);
  const config = bootConfigFor(target.build, (current?.updated ?? 0) + 1, BOOTSTATE.upgrading);
  const standby = otherBank(host.boot.booted);
  const root = setNode(host.vfs.root, bankPath(host, standby), buildTree(bankFiles(config)));
  return ok(lines([
    `Unpacking ${baseName(found.path)} ...`,
    `Installing image ${target.build} (${target.release}) into the standby boot bank (/altbootbank) ...`,
    'The update completed successfully, but the system needs to be rebooted for the changes to be effective.',
  ]), withHost(lab, { ...host, vfs: { ...host.vfs, root } }));
}

export const esxupdate: CommandSpec = {
  name: 'esxupdate',
  summary: 'install an update bundle into the standby boot bank',
  help: HELP,
  run: (ctx) => {
    const command = commandArg(ctx.argv);
    if (command === 'query') return query(ctx.host);
    if (command !== 'update') return fail(`esxupdate: give a command: update or query\n${HELP}\n`);
    const bundle = bundleArg(ctx.argv);
    if (!bundle) return fail('esxupdate: update needs --bundle=FILE (an offline bundle such as /vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update01.zip)\n');
    return update(ctx, bundle);
  },
};
