/** A host's configuration as a profile holds it: what "Create Profile from Host" extracts. */
import type { HostState, LabState } from '../../lab/types';
import { vmkMtu, vmkNetmask } from '../../network/state';
import { STORAGE_SETTING_NAMES } from '../../storage/settings';
import type { ProfileConfig } from '../types';

/** An address's /24 network (its first three octets): the wizard suggests each host's own address there. */
export const networkOf = (ip: string): string => ip.split('.').slice(0, 3).join('.');

export function captureConfig(lab: LabState, host: HostState): ProfileConfig {
  const { network: net, services: s } = host;
  return {
    networking: {
      vswitches: net.vswitches.map((sw) => ({ name: sw.name, mtu: sw.mtu, uplinks: [...sw.uplinks], portGroups: sw.portGroups.map((pg) => ({ name: pg.name, vlan: pg.vlan, teaming: pg.teaming })) })),
      vmknics: net.vmknics.map((nic) => ({ name: nic.name, portGroup: nic.portGroup, mtu: vmkMtu(nic), vmotion: nic.vmotion, netmask: vmkNetmask(nic), network: networkOf(nic.ip) })),
      dvsUplinks: lab.network.dvSwitches.filter((dvs) => Object.hasOwn(dvs.hosts, host.id)).map((dvs) => ({ dvSwitch: dvs.name, vmnics: [...dvs.hosts[host.id]!] })),
    },
    storage: { nas: (host.storage.nas ?? []).map((mount) => ({ ...mount })) },
    datetime: { ntpServers: [...s.ntpServers] },
    security: { users: [...s.users] },
    services: { localTsm: s.tsm.local, remoteTsm: s.tsm.remote },
    advanced: Object.fromEntries(STORAGE_SETTING_NAMES.map((name) => [name, host.storage.settings[name]])),
    memory: { reservationMB: s.memoryReservationMB },
  };
}
