/** Reading and changing the network kit's state inside a lab. Pure functions. */
import type { HostState, LabState } from '../lab/types';
import { withConfigFiles } from '../boot/rootfs';
import { withHost } from '../lab/with-host';
import type { VmkNic } from './types';
import { hex2 } from './hex';
import type { CiscoPort, CiscoSwitch, DvSwitch, HostNetwork, LabNetwork, StandardSwitch } from './types';

export const DEFAULT_MTU = 1500;
export const DEFAULT_NETMASK = '255.255.255.0';

/** The lab's network: vCenter's dvSwitches, the physical switches and the traffic model. */
export const networkOf = (lab: LabState): LabNetwork => lab.network;

export const withNetwork = (lab: LabState, network: LabNetwork): LabState => ({ ...lab, network });

/** The host's network changed, and /etc/vmware/esx.conf (and /etc/hosts) with it, at once, as the esxcfg tools write them. */
export function withHostNetwork(lab: LabState, host: HostState, network: HostNetwork): LabState {
  return withHost(lab, withConfigFiles({ ...host, network }));
}

export const vmknicsOf = (host: HostState | undefined): readonly VmkNic[] => host?.network.vmknics ?? [];

export function withVmknics(lab: LabState, host: HostState, vmknics: VmkNic[]): LabState {
  return withHostNetwork(lab, host, { ...host.network, vmknics });
}

export const vmkMtu = (nic: VmkNic): number => nic.mtu ?? DEFAULT_MTU;
export const vmkNetmask = (nic: VmkNic): string => nic.netmask ?? DEFAULT_NETMASK;
/** VMkernel NIC MACs are VMware's 00:50:56 range, made unique here from the host and the name. */
export function vmkMac(host: HostState, nic: VmkNic): string {
  if (nic.mac) return nic.mac;
  const n = Number(/\d+$/.exec(host.id)?.[0] ?? 0);
  const k = Number(/\d+$/.exec(nic.name)?.[0] ?? 0);
  return `00:50:56:7${(n % 16).toString(16)}:${hex2(0x10 + n)}:${hex2(k)}`;
}

/** The dvSwitches whose configuration this host has received (it is a member). */
export function dvSwitchesOfHost(lab: LabState, hostId: string): DvSwitch[] {
  return networkOf(lab).dvSwitches.filter((dvs) => hostId in dvs.hosts);
}

/** The dvSwitch an event names, or the lab's first one. */
export function pickDvSwitch(network: LabNetwork, name?: string): DvSwitch | undefined {
  return name === undefined ? network.dvSwitches[0] : network.dvSwitches.find((dvs) => dvs.name === name);
}

export function withDvSwitch(network: LabNetwork, dvs: DvSwitch): LabNetwork {
  return { ...network, dvSwitches: network.dvSwitches.map((known) => (known.name === dvs.name ? dvs : known)) };
}

/** The switch that holds a vmnic as an uplink on this host: a standard vSwitch, a dvSwitch, or none. */
export function switchOfNic(lab: LabState, host: HostState, vmnic: string): { kind: 'standard'; sw: StandardSwitch } | { kind: 'dvs'; sw: DvSwitch } | null {
  const standard = host.network.vswitches.find((sw) => sw.uplinks.includes(vmnic));
  if (standard) return { kind: 'standard', sw: standard };
  const dvs = dvSwitchesOfHost(lab, host.id).find((sw) => sw.hosts[host.id]!.includes(vmnic));
  return dvs ? { kind: 'dvs', sw: dvs } : null;
}

/** A NIC's MTU follows the switch it is an uplink of (1500 when unused). */
export function nicMtu(lab: LabState, host: HostState, vmnic: string): number {
  return switchOfNic(lab, host, vmnic)?.sw.mtu ?? DEFAULT_MTU;
}

/** Where a vmnic's cable ends: the Cisco switch and its port, or null when nothing is plugged in. */
export function cabling(lab: LabState, hostId: string, vmnic: string): { sw: CiscoSwitch; port: CiscoPort } | null {
  for (const sw of networkOf(lab).switches) {
    const port = sw.ports.find((candidate) => candidate.host === hostId && candidate.vmnic === vmnic);
    if (port) return { sw, port };
  }
  return null;
}
