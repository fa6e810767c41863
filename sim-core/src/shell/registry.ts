import type { CommandSpec } from './types';
import { kitGeneration, registeredCommands } from '../kits/registry';

/**
 * Commands a real ESXi 4.1 host has that this lab does not model yet. They answer
 * honestly instead of pretending (`-ash: x: not found` would be a lie).
 */
export const NOT_SIMULATED: readonly string[] = [
  'esxcfg-vswitch', 'esxcfg-nics', 'esxcfg-vmknic', 'esxcfg-advcfg', 'esxcfg-scsidevs', 'esxcfg-info',
  'esxcfg-mpath', 'esxcfg-route', 'esxcfg-module', 'esxcli', 'esxtop', 'vmkfstools',
  'vmkping', 'vmkerrcode', 'vsish', 'vmkload_mod', 'ps', 'services.sh', 'vim-cmd', 'dcui', 'vi', 'dmesg',
  'ping', 'ifconfig', 'ssh', 'scp', 'wget', 'tar', 'gzip', 'find', 'kill', 'top', 'free',
  'mount', 'chmod', 'cp', 'mv', 'ln', 'sed', 'awk', 'sort', 'uniq', 'cut', 'tr', 'vmware-cmd',
  '/sbin/auto-backup.sh', 'auto-backup.sh',
];

// Rebuilt when a kit registers, so a command is found exactly when its kit is loaded.
let byName: Map<string, CommandSpec> | null = null;
let builtFor = -1;
function table(): Map<string, CommandSpec> {
  if (!byName || builtFor !== kitGeneration()) {
    byName = new Map(registeredCommands().map((spec) => [spec.name, spec]));
    builtFor = kitGeneration();
  }
  return byName;
}

export function findCommand(name: string): CommandSpec | undefined {
  return table().get(name);
}

/** A real 4.1 command this page's lab does not model (or models in a kit this page did not load). */
export function isNotSimulated(name: string): boolean {
  return NOT_SIMULATED.includes(name) && !table().has(name);
}

export function commandNames(): string[] {
  return [...table().keys()].sort();
}

/** The real 4.1 commands this page's lab answers "not simulated" for (their kit is not loaded). */
export function notSimulatedNames(): string[] {
  return NOT_SIMULATED.filter((name) => !table().has(name)).sort();
}
