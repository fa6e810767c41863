/** Small changes presets make to a lab's network, on top of the default one (network/defaults.ts). */
import { hostAddress, NETMASK, type Subnet } from '../lab/address-plan';
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { accessPair } from './hardware';
import { portGroup, standardSwitch } from './defaults';
import type { HostNetwork, VmkNic } from './types';

/** The lab with one host's network changed. */
export function changeHostNetwork(lab: LabState, hostId: string, change: (net: HostNetwork) => HostNetwork): LabState {
  const host = lab.hosts[hostId]!;
  return withHost(lab, { ...host, network: change(host.network) });
}

/** A VMkernel NIC on a port group, at the host's address of the plan on that network. */
export function plannedVmknic(lab: LabState, hostId: string, name: string, pg: string, subnet: Subnet, extra: Partial<VmkNic> = {}): VmkNic {
  return { name, portGroup: pg, ip: hostAddress(lab.plan, hostId, subnet)!, netmask: NETMASK, vmotion: false, ...extra };
}

/** Adds or replaces a VMkernel NIC by name. */
export const withVmknic = (net: HostNetwork, nic: VmkNic): HostNetwork =>
  ({ ...net, vmknics: [...net.vmknics.filter((known) => known.name !== nic.name), nic] });

/**
 * vMotion on its own switch, as 4.1 guides recommend: vSwitch1 on vmnic2 and vmnic3 with the
 * "vMotion" port group on VLAN 20, and vmk1 on the vMotion network.
 */
export function vmotionSwitch(lab: LabState, hostId: string, options: { vmotion: boolean; mtu?: number; vmkMtu?: number }): LabState {
  const vSwitch1 = standardSwitch('vSwitch1', ['vmnic2', 'vmnic3'], [portGroup('vMotion', 20)], options.mtu ?? 1500);
  const vmk1 = plannedVmknic(lab, hostId, 'vmk1', 'vMotion', 'vmotion', { vmotion: options.vmotion, ...(options.vmkMtu ? { mtu: options.vmkMtu } : {}) });
  return changeHostNetwork(lab, hostId, (net) => withVmknic({ ...net, vswitches: [...net.vswitches.filter((sw) => sw.name !== 'vSwitch1'), vSwitch1] }, vmk1));
}

/** The access switches' MTU (`system mtu jumbo` on both Catalysts). */
export const withAccessMtu = (lab: LabState, mtu: number): LabState => ({ ...lab, network: { ...lab.network, switches: accessPair(lab.plan, mtu) } });
