import type { HostNetwork } from '../network/types';
import { dvSwitchesOfHost } from '../network/state';
import type { HostStorage } from '../storage/types';
import { HOUR } from './epoch';
import type { HostState, LabState } from './types';

/**
 * auto-backup.sh (esxi-facts.md): the configuration lives in RAM and is saved into state.tgz
 * hourly (cron) and at shutdown; a change made and not saved is lost on a crash. The lab saves
 * each host's configuration (standard switches, VMkernel NICs, advanced options, NFS mounts) at
 * creation, on the hour and at a clean reboot; a reset (the power button) brings the last save
 * back, and the boot then writes esx.conf from it. Which minute cron runs it at is [guess]: on the hour.
 */
export interface SavedConfig {
  atMs: number;
  network: HostNetwork;
  storage: HostStorage;
}

export const saveConfig = (host: HostState, atMs: number): HostState => ({ ...host, saved: { atMs, network: host.network, storage: host.storage } });

/** The configuration as last saved. The NICs' links are the hardware's, not configuration; a VMkernel NIC whose dvPortgroup vCenter removed since is not brought back. */
export function restoreConfig(lab: LabState, host: HostState): HostState {
  if (!host.saved) return host;
  const dvPortGroups = new Set(dvSwitchesOfHost(lab, host.id).flatMap((dvs) => dvs.portGroups.map((pg) => pg.name)));
  const { network, storage } = host.saved;
  const standard = new Set(network.vswitches.flatMap((sw) => sw.portGroups.map((pg) => pg.name)));
  const vmknics = network.vmknics.filter((nic) => standard.has(nic.portGroup) || dvPortGroups.has(nic.portGroup));
  return { ...host, network: { ...network, nics: host.network.nics, vmknics }, storage };
}

/** The hourly run of auto-backup.sh on each running host whose clock passed a whole hour. */
export function hourlyBackups(lab: LabState, fromMs: number, toMs: number): LabState {
  const lastHour = Math.floor(toMs / HOUR) * HOUR;
  if (lastHour <= fromMs) return lab;
  const hosts = Object.fromEntries(Object.entries(lab.hosts).map(([id, host]) => [id, host.console.screen === 'running' ? saveConfig(host, lastHour) : host]));
  return { ...lab, hosts };
}
