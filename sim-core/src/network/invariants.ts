/** The network kit's invariants, as sentences (none when the lab's network is sound). */
import type { LabState } from '../lab/types';
import { dvSwitchesOfHost } from './state';
import { isMtu, isVlan } from './vcenter';

export function networkInvariants(lab: LabState): string[] {
  const problems: string[] = [];
  for (const host of Object.values(lab.hosts)) {
    const net = host.network;
    const dvs = dvSwitchesOfHost(lab, host.id);
    const portGroups = new Set([...net.vswitches, ...dvs].flatMap((sw) => sw.portGroups.map((pg) => pg.name)));
    const nics = new Set(net.nics.map((nic) => nic.name));
    for (const vmk of net.vmknics) {
      if (!portGroups.has(vmk.portGroup)) problems.push(`${host.id}: ${vmk.name} is on port group ${vmk.portGroup}, which no switch of the host has`);
    }
    if (new Set(net.vmknics.map((vmk) => vmk.name)).size !== net.vmknics.length) problems.push(`${host.id}: two VMkernel NICs share a name`);
    const uplinks = [...net.vswitches.flatMap((sw) => sw.uplinks), ...dvs.flatMap((sw) => sw.hosts[host.id] ?? [])];
    for (const vmnic of uplinks) if (!nics.has(vmnic)) problems.push(`${host.id}: uplink ${vmnic} is not one of its NICs`);
    if (new Set(uplinks).size !== uplinks.length) problems.push(`${host.id}: a NIC is the uplink of two switches`);
    for (const sw of net.vswitches) {
      if (!isMtu(sw.mtu)) problems.push(`${host.id}: ${sw.name} has MTU ${sw.mtu}`);
      for (const pg of sw.portGroups) if (!isVlan(pg.vlan)) problems.push(`${host.id}: ${pg.name} has VLAN ${pg.vlan}`);
    }
  }
  return problems;
}
