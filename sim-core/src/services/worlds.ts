import type { HostState } from '../lab/types';
import type { HostServices } from './types';
import { SERVICE_NAMES, type ServiceName } from './names';

export { SERVICE_NAMES };

/**
 * The worlds (VMkernel processes) the seed names: which init-script service controls each,
 * and when it runs at all. What each does is in world-texts.ts, for the views that explain
 * them; `ps` and Tech Support Mode's log need only this.
 */
export interface WorldRule {
  name: string;
  /** The `/etc/init.d` service that starts and stops it; none for VMkernel worlds. */
  service?: ServiceName;
  /** Runs only under this condition (besides its service running). */
  when?: (services: HostServices) => boolean;
}

const managed = (s: HostServices) => s.managedBy !== null;
const iscsi = (s: HostServices) => s.softwareIscsi;
const cim = (name: string): WorldRule => ({ name, service: 'sfcbd-watchdog' });

export const WORLD_RULES: readonly WorldRule[] = [
  { name: 'vmkeventd' },
  { name: 'vmklogger' },
  { name: 'hostd-poll', service: 'hostd' },
  { name: 'hostd-worker', service: 'hostd' },
  { name: 'vpxa', service: 'vpxa', when: managed },
  cim('sfcbd'),
  ...['sfcb-vmware_int', 'sfcb-vmware_aux', 'sfcb-vmware_raw', 'sfcb-vmware_bas', 'sfcb-qlgc', 'sfcb-HTTP-Daemon', 'sfcb-ProviderManager'].map(cim),
  { name: 'slpd', service: 'slpd' },
  { name: 'vmware-usbarbitrator', service: 'usbarbitrator' },
  { name: 'vobd', service: 'vobd' },
  { name: 'vprobed', service: 'vprobed' },
  { name: 'openwsmand', service: 'wsman' },
  { name: 'vix-high-p', service: 'hostd' },
  { name: 'vix-poll', service: 'hostd' },
  { name: 'dropbearmulti', when: (s) => s.tsm.remote },
  { name: 'net-cdp' },
  { name: 'net-lbt', service: 'lbtd' },
  { name: 'net-dvs' },
  { name: 'busybox' },
  { name: 'helper1-0' },
  { name: 'dcui' },
  { name: 'vmkiscsid', when: iscsi },
  { name: 'iscsi_trans_vmklink', when: iscsi },
  { name: 'iscsivmk-log', when: iscsi },
  { name: 'vmotionServer' },
  { name: 'agent', when: (s) => s.haCluster !== null },
];

export function worldRuns(world: WorldRule, services: HostServices): boolean {
  if (world.service && services.running[world.service] === false) return false;
  return world.when ? world.when(services) : true;
}

export interface RunningWorld {
  id: number;
  cartel: number;
  name: string;
}

/** A world's id on this host: stable while the host is up, new after each boot. */
const worldId = (host: HostState, index: number) => 4096 + index * 37 + (host.boot.bootedAtMs % 997);

/** The id of one world, whether or not it runs now (Tech Support Mode's log names its shell's). */
export const worldIdOf = (host: HostState, name: string): number => worldId(host, WORLD_RULES.findIndex((rule) => rule.name === name));

/** The worlds running now, with stable ids (a world keeps its id while its host is up). */
export function runningWorlds(host: HostState): RunningWorld[] {
  return WORLD_RULES.flatMap((rule, index) => {
    if (!worldRuns(rule, host.services)) return [];
    const id = worldId(host, index);
    return [{ id, cartel: rule.service ? 4096 + SERVICE_NAMES.indexOf(rule.service) * 211 : id, name: rule.name }];
  });
}
