/**
 * Every host's network as the installer leaves it, with a second uplink: four gigabit NICs,
 * vSwitch0 on vmnic0 and vmnic1 with the "VM Network" and "Management Network" port groups,
 * and vmk0 on the management network at the address plan's address. The lab's side: no
 * vCenter, no dvSwitch, each host cabled to a pair of Cisco access switches.
 */
import type { HostBuild, LabDraft } from '../sim/kit';
import type { BareHost } from '../lab/host';
import { hostAddress, NETMASK } from '../lab/address-plan';
import { accessPair, hostNics } from './hardware';
import type { HostNetwork, LabNetwork, PortGroup, StandardSwitch, VmkNic } from './types';

export const MANAGEMENT_PG = 'Management Network';
export const VM_NETWORK_PG = 'VM Network';

export const portGroup = (name: string, vlan: number, vmPorts = 0): PortGroup => ({ name, vlan, vmPorts, teaming: 'portId' });

export const standardSwitch = (name: string, uplinks: string[], portGroups: PortGroup[], mtu = 1500): StandardSwitch =>
  ({ name, numPorts: 128, mtu, uplinks, cdp: 'listen', portGroups });

export const vSwitch0 = (): StandardSwitch => standardSwitch('vSwitch0', ['vmnic0', 'vmnic1'], [portGroup(VM_NETWORK_PG, 0), portGroup(MANAGEMENT_PG, 0)]);

export function defaultHostNetwork(host: BareHost, build: HostBuild): HostNetwork {
  const number = build.plan.hosts[host.id]!.number;
  const vmk0: VmkNic = { name: 'vmk0', portGroup: MANAGEMENT_PG, ip: hostAddress(build.plan, host.id, 'management')!, netmask: NETMASK, vmotion: false };
  return { nics: hostNics(number), vswitches: [vSwitch0()], vmknics: [vmk0] };
}

export const defaultLabNetwork = (lab: LabDraft): LabNetwork => ({ dvSwitches: [], switches: accessPair(lab.plan, 1500), traffic: null });
