import { SERVICES_TEXT } from '../../messages/services';
import { lines, type CommandSpec } from '../../shell/types';
import { runningWorlds } from '../worlds';

const column = (value: number) => String(value).padEnd(9);

/**
 * ESXi's ps is VMware's busybox variant and lists worlds, not Unix processes. The 4.1 header
 * is not known (esxi-facts.md), so this is the lab's own shape: world id, cartel id, name.
 */
export const ps: CommandSpec = {
  name: 'ps',
  summary: 'list the running worlds (VMkernel processes)',
  help: `Usage: ps

List the worlds running on this host: world id (WID), cartel id (CID, shared by the
worlds of one program, such as hostd's) and name. Options are not simulated in this lab.`,
  run: ({ host, argv }) => {
    const options = argv.slice(1);
    const rows = runningWorlds(host).map((world) => `${column(world.id)}${column(world.cartel)}${world.name}`);
    const stderr = options.length > 0 ? `${SERVICES_TEXT.psOption(options.join(' '))}\n` : '';
    return { stdout: lines([SERVICES_TEXT.psHeader, ...rows]), stderr, exitCode: 0 };
  },
};
