import type { CommandSpec } from './types';
import { COMMANDS } from './commands';

/**
 * Commands a real ESXi 4.1 host has that this lab does not model yet. They answer
 * honestly instead of pretending (`-ash: x: not found` would be a lie).
 */
export const NOT_SIMULATED: readonly string[] = [
  'esxcfg-vswitch', 'esxcfg-nics', 'esxcfg-vmknic', 'esxcfg-advcfg', 'esxcfg-scsidevs', 'esxcfg-info',
  'esxcfg-mpath', 'esxcfg-route', 'esxcfg-module', 'esxcli', 'esxtop', 'vmkfstools', 'vim-cmd',
  'vmkping', 'vmkerrcode', 'vsish', 'vmkload_mod', 'ps', 'services.sh', 'dcui', 'vi', 'dmesg',
  'ping', 'ifconfig', 'ssh', 'scp', 'wget', 'tar', 'gzip', 'find', 'kill', 'top', 'free',
  'mount', 'chmod', 'cp', 'mv', 'ln', 'sed', 'awk', 'sort', 'uniq', 'cut', 'tr', 'vmware-cmd',
  '/sbin/auto-backup.sh', 'auto-backup.sh',
];

// Built on first use: `help` imports this module, so it may load before COMMANDS is ready.
let byName: Map<string, CommandSpec> | null = null;
const table = () => (byName ??= new Map(COMMANDS.map((spec) => [spec.name, spec])));

export function findCommand(name: string): CommandSpec | undefined {
  return table().get(name);
}

export function isNotSimulated(name: string): boolean {
  return NOT_SIMULATED.includes(name);
}

export function commandNames(): string[] {
  return [...table().keys()].sort();
}
