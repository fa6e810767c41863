/**
 * Applying a profile's networking to a host: dvSwitch uplinks first (the vmnics they claim leave
 * the standard switches), then the standard switches and their port groups, then the VMkernel
 * NICs (a new one gets the address the wizard was given).
 */
import type { LabState } from '../../lab/types';
import { withHost } from '../../lab/with-host';
import { standardSwitch } from '../../network/defaults';
import type { DvSwitch, HostNetwork, PortGroup, StandardSwitch, VmkNic } from '../../network/types';
import type { ProfileConfig } from '../types';
import { ownNics } from './diff';

export const ipKey = (vmk: string) => `${vmk}.ip`;

/** A port group keeps its VMs' ports, and only the active and standby uplinks its switch still has. */
function fitPortGroup(pg: PortGroup, uplinks: readonly string[]): PortGroup {
  const { active, standby, ...rest } = pg;
  const keep = (list?: string[]) => list?.filter((nic) => uplinks.includes(nic));
  const a = keep(active);
  const s = keep(standby);
  return { ...rest, ...(a && a.length > 0 ? { active: a } : {}), ...(s && s.length > 0 && a && a.length > 0 ? { standby: s } : {}) };
}

export function applyNetworking(lab: LabState, hostId: string, config: ProfileConfig, values: Readonly<Record<string, string>>): LabState {
  const host = lab.hosts[hostId]!;
  const taken = new Set<string>();
  // dvSwitch uplinks first: the vmnics they claim leave the host's standard switches.
  const dvSwitches: DvSwitch[] = lab.network.dvSwitches.map((dvs) => {
    const want = config.networking.dvsUplinks.find((u) => u.dvSwitch === dvs.name);
    if (!want) return dvs;
    const vmnics = ownNics(host, want.vmnics);
    vmnics.forEach((nic) => taken.add(nic));
    return { ...dvs, hosts: { ...dvs.hosts, [hostId]: vmnics } };
  });
  const switchUplinks = new Map(config.networking.vswitches.map((sw) => [sw.name, ownNics(host, sw.uplinks).filter((nic) => !taken.has(nic))]));
  for (const uplinks of switchUplinks.values()) uplinks.forEach((nic) => taken.add(nic));
  const withoutTaken = (sw: StandardSwitch, keep: readonly string[] = []): StandardSwitch => {
    const uplinks = sw.uplinks.filter((nic) => keep.includes(nic) || !taken.has(nic));
    return { ...sw, uplinks, portGroups: sw.portGroups.map((pg) => fitPortGroup(pg, uplinks)) };
  };
  const profiled = new Set(switchUplinks.keys());
  const others = host.network.vswitches.filter((sw) => !profiled.has(sw.name)).map((sw) => withoutTaken(sw));
  const fromProfile = config.networking.vswitches.map((want) => {
    const uplinks = switchUplinks.get(want.name)!;
    const sw = host.network.vswitches.find((candidate) => candidate.name === want.name) ?? standardSwitch(want.name, [], []);
    const portGroups = [
      ...sw.portGroups.map((pg) => {
        const pgWant = want.portGroups.find((candidate) => candidate.name === pg.name);
        return fitPortGroup(pgWant ? { ...pg, vlan: pgWant.vlan, teaming: pgWant.teaming } : pg, uplinks);
      }),
      ...want.portGroups.filter((pgWant) => !sw.portGroups.some((pg) => pg.name === pgWant.name)).map((pgWant) => ({ name: pgWant.name, vlan: pgWant.vlan, vmPorts: 0, teaming: pgWant.teaming })),
    ];
    return { ...sw, mtu: want.mtu, uplinks: [...uplinks], portGroups };
  });
  const order = host.network.vswitches.map((sw) => sw.name);
  const vswitches = [...others, ...fromProfile].sort((a, b) => rank(order, a.name) - rank(order, b.name));
  // Other dvSwitches give up the vmnics the profile put elsewhere.
  const network = { ...lab.network, dvSwitches: dvSwitches.map((dvs) => (config.networking.dvsUplinks.some((u) => u.dvSwitch === dvs.name) || !Object.hasOwn(dvs.hosts, hostId) ? dvs : { ...dvs, hosts: { ...dvs.hosts, [hostId]: dvs.hosts[hostId]!.filter((nic) => !taken.has(nic)) } })) };
  const vmknics = vmknicsFor(host.network, config, values);
  return withHost({ ...lab, network }, { ...host, network: { ...host.network, vswitches, vmknics } });
}

const rank = (order: readonly string[], name: string) => (order.includes(name) ? order.indexOf(name) : order.length);

function vmknicsFor(net: HostNetwork, config: ProfileConfig, values: Readonly<Record<string, string>>): VmkNic[] {
  const vmotionNic = config.networking.vmknics.find((nic) => nic.vmotion)?.name;
  const updated = net.vmknics.map((nic) => {
    const want = config.networking.vmknics.find((candidate) => candidate.name === nic.name);
    const vmotion = vmotionNic !== undefined && !want ? false : nic.vmotion;
    return want ? { ...nic, portGroup: want.portGroup, mtu: want.mtu, vmotion: want.vmotion, netmask: want.netmask } : { ...nic, vmotion };
  });
  const created = config.networking.vmknics
    .filter((want) => !net.vmknics.some((nic) => nic.name === want.name))
    .map((want) => ({ name: want.name, portGroup: want.portGroup, ip: values[ipKey(want.name)]!.trim(), netmask: want.netmask, mtu: want.mtu, vmotion: want.vmotion }));
  return [...updated, ...created];
}
