import type { HostState, LabState } from '../../lab/types';
import { SERVICES_TEXT } from '../../messages/services';
import { fail, lines, ok, withHost, type CommandResult, type CommandSpec } from '../../shell/types';
import type { VmkNic } from '../../network/types';
import { serviceRunning } from './lifecycle';
import { VIM_NAMESPACES, vimLookup } from './vim-namespaces';
import { runHostCommand } from './vim-host';
import { runTsmCommand } from './vim-tsm';
import { getallvms } from './vim-vmsvc';

const VMOTION = 'hostsvc/vmotion';

/** A shortened form of hostd's answer (the real one prints every field of each interface). */
function netconfig(nics: readonly VmkNic[]): string[] {
  const selected = nics.find((nic) => nic.vmotion);
  return [
    '(vim.host.VMotionSystem.NetConfig) {',
    '   dynamicType = <unset>,',
    '   candidateVnic = (vim.host.VirtualNic) [',
    ...nics.flatMap((nic, index) => [
      '      (vim.host.VirtualNic) {',
      `         device = "${nic.name}",`,
      `         portgroup = "${nic.portGroup}",`,
      `         ipAddress = "${nic.ip}",`,
      `      }${index < nics.length - 1 ? ',' : ''}`,
    ]),
    '   ],',
    `   selectedVnic = ${selected ? `"${selected.name}"` : '<unset>'},`,
    '}',
  ];
}

/**
 * Selects (or clears) the VMkernel interface vMotion uses. In 4.1 one interface carries
 * vMotion (several came with 5.0), so selecting one clears the others.
 */
function setVmotion(lab: LabState, host: HostState, command: string, vnic: string | undefined, on: boolean): CommandResult {
  const nics = host.network.vmknics;
  if (vnic === undefined && on) return fail(`${SERVICES_TEXT.vimInsufficient(command)}\n`);
  if (vnic !== undefined && !nics.some((nic) => nic.name === vnic)) return fail(`${SERVICES_TEXT.vimNoSuchVnic(vnic, host.id, nics.map((nic) => nic.name))}\n`);
  const vmknics = nics.map((nic) => ({ ...nic, vmotion: on ? nic.name === vnic : nic.vmotion && vnic !== undefined && nic.name !== vnic }));
  return ok('', withHost(lab, { ...host, network: { ...host.network, vmknics } }));
}

export const vimCmd: CommandSpec = {
  name: 'vim-cmd',
  summary: 'ask hostd to do something (VMs and their power, maintenance mode, Tech Support Mode, vMotion settings)',
  help: `Usage: vim-cmd [COMMAND [ARGS]]

Send a command to hostd, the host agent, through the vSphere API. This lab simulates:
\tvmsvc/getallvms\tList the virtual machines registered on this host
\thostsvc/enable_local_tsm, disable_local_tsm\tLocal Tech Support Mode at boot
\thostsvc/start_local_tsm, stop_local_tsm\tLocal Tech Support Mode now
\thostsvc/enable_remote_tsm, ... stop_remote_tsm\tThe same for remote TSM (SSH)
\t${VMOTION}/netconfig_get\tShow the VMkernel interfaces and which one carries vMotion
\t${VMOTION}/vnic_set VNIC\tUse VNIC (for example vmk1) for vMotion
\t${VMOTION}/vnic_unset [VNIC]\tStop using VNIC (or any interface) for vMotion
A namespace (vim-cmd hostsvc) lists its commands; every other 4.1 command answers that it is not simulated.`,
  run: ({ lab, hostId, host, argv }) => {
    if (!serviceRunning(host.services, 'hostd')) return fail(`${SERVICES_TEXT.vimNoHostd}\n`);
    const command = (argv[1] ?? '').replace(/^\/+|\/+$/g, '');
    switch (command) {
      case 'vmsvc/getallvms': return ok(lines(getallvms(lab, hostId)));
      case `${VMOTION}/netconfig_get`: return ok(lines(netconfig(host.network.vmknics)));
      case `${VMOTION}/vnic_set`: return setVmotion(lab, host, command, argv[2], true);
      case `${VMOTION}/vnic_unset`: return setVmotion(lab, host, command, argv[2], false);
    }
    const hostCommand = runHostCommand(lab, host, command, argv.slice(2));
    if (hostCommand) return hostCommand;
    const tsm = runTsmCommand(lab, hostId, command);
    if (tsm) return tsm;
    const found = vimLookup(command);
    if (found === 'namespace') return ok(lines(SERVICES_TEXT.vimListing(command === '' ? '/' : `${command}/`, VIM_NAMESPACES[command]!)));
    return fail(`${found === 'command' ? SERVICES_TEXT.vimNotSimulated(command) : SERVICES_TEXT.vimUnknown(command)}\n`);
  },
};
