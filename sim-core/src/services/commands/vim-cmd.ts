import type { HostState, LabState } from '../../lab/types';
import { SERVICES_TEXT } from '../../messages/services';
import { fail, lines, ok, withHost, type CommandResult, type CommandSpec } from '../../shell/types';
import type { VmkNic } from '../../network/types';
import { serviceRunning } from './lifecycle';

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
  summary: 'ask hostd to do something (only vMotion settings are simulated)',
  help: `Usage: vim-cmd [COMMAND [ARGS]]

Send a command to hostd, the host agent, through the vSphere API. This lab simulates:
\t${VMOTION}/netconfig_get\tShow the VMkernel interfaces and which one carries vMotion
\t${VMOTION}/vnic_set VNIC\tUse VNIC (for example vmk1) for vMotion
\t${VMOTION}/vnic_unset [VNIC]\tStop using VNIC (or any interface) for vMotion
Every other command answers that it is not simulated.`,
  run: ({ lab, host, argv }) => {
    const services = host.services;
    if (!serviceRunning(services, 'hostd')) return fail(`${SERVICES_TEXT.vimNoHostd}\n`);
    const command = (argv[1] ?? '').replace(/\/+$/, '');
    switch (command) {
      case '': return ok(lines(SERVICES_TEXT.vimNamespaces));
      case VMOTION: return ok(lines(SERVICES_TEXT.vimVmotionCommands));
      case `${VMOTION}/netconfig_get`: return ok(lines(netconfig(host.network.vmknics)));
      case `${VMOTION}/vnic_set`: return setVmotion(lab, host, command, argv[2], true);
      case `${VMOTION}/vnic_unset`: return setVmotion(lab, host, command, argv[2], false);
      default: return fail(`${SERVICES_TEXT.vimNotSimulated(command)}\n`);
    }
  },
};
