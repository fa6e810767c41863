/**
 * The path a VMkernel ping takes between two hosts, hop by hop with each hop's MTU: source
 * vmknic, source switch, the Cisco switch, target switch, target vmknic. A frame bigger than a
 * hop's MTU with "don't fragment" set is dropped there; without it the IP layer fragments.
 */
import type { HostState, LabState } from '../lab/types';
import type { VmkNic } from './types';
import { plannedDevices } from '../lab/address-plan';
import { activeVmnics, standbyVmnics } from './placement';
import { cabling, dvSwitchesOfHost, vmkMtu, vmkNetmask, vmknicsOf } from './state';

export const IP_ICMP_HEADERS = 28;

export interface PathHop {
  label: string;
  mtu: number;
}

export type PathResult =
  | { kind: 'unknown-host' }
  | { kind: 'unreachable'; because: string }
  | { kind: 'too-long'; source: VmkNic; mtu: number }
  | { kind: 'lost'; source: VmkNic; hops: PathHop[]; because: string }
  | { kind: 'delivered'; source: VmkNic; hops: PathHop[]; fragmented: boolean };

const ipNumber = (ip: string): number | null => {
  const parts = ip.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((n, part) => n * 256 + Number(part), 0);
};
export const isIpv4 = (ip: string) => ipNumber(ip) !== null;
export const sameSubnet = (a: string, b: string, mask: string) => {
  const [x, y, m] = [ipNumber(a), ipNumber(b), ipNumber(mask)];
  return x !== null && y !== null && m !== null && (x & m) === (y & m);
};

interface Attachment {
  switchLabel: string;
  mtu: number;
  vlan: number;
  uplinks: string[];
}

/** Where a vmknic plugs in on its host: its switch, the port group's VLAN and its live uplinks in failover order. */
function attachment(lab: LabState, host: HostState, nic: VmkNic): Attachment | null {
  const live = (vmnic: string) => host.network.nics.some((candidate) => candidate.name === vmnic && candidate.link === 'Up');
  for (const sw of host.network.vswitches) {
    const pg = sw.portGroups.find((candidate) => candidate.name === nic.portGroup);
    if (pg) return { switchLabel: `${host.id} ${sw.name}`, mtu: sw.mtu, vlan: pg.vlan, uplinks: [...(pg.active ?? sw.uplinks), ...(pg.standby ?? [])].filter((vmnic) => sw.uplinks.includes(vmnic) && live(vmnic)) };
  }
  for (const dvs of dvSwitchesOfHost(lab, host.id)) {
    const pg = dvs.portGroups.find((candidate) => candidate.name === nic.portGroup);
    if (pg) return { switchLabel: `${host.id} ${dvs.name}`, mtu: dvs.mtu, vlan: pg.vlan, uplinks: [...activeVmnics(dvs, pg, host.id), ...standbyVmnics(dvs, pg, host.id)].filter(live) };
  }
  return null;
}

export function findVmknicByIp(lab: LabState, ip: string): { host: HostState; nic: VmkNic } | null {
  for (const host of Object.values(lab.hosts)) {
    const nic = vmknicsOf(host).find((candidate) => candidate.ip === ip);
    if (nic) return { host, nic };
  }
  return null;
}

/** Sends one ICMP echo of `size` data bytes from `fromHostId` to `targetIp`, optionally from `viaVmk`. */
export function pingPath(lab: LabState, fromHostId: string, targetIp: string, size: number, dontFragment: boolean, viaVmk?: string): PathResult {
  const from = lab.hosts[fromHostId];
  if (!from || !isIpv4(targetIp)) return { kind: 'unknown-host' };
  const nics = vmknicsOf(from);
  const source = viaVmk !== undefined ? nics.find((nic) => nic.name === viaVmk) : nics.find((nic) => sameSubnet(nic.ip, targetIp, vmkNetmask(nic)));
  if (!source) return { kind: 'unreachable', because: `no VMkernel NIC of ${fromHostId} is in the subnet of ${targetIp} (routed traffic is not simulated)` };
  const bytes = size + IP_ICMP_HEADERS;
  if (dontFragment && bytes > vmkMtu(source)) return { kind: 'too-long', source, mtu: vmkMtu(source) };
  const fragmented = bytes > vmkMtu(source);
  const hops: PathHop[] = [{ label: `${fromHostId} ${source.name}`, mtu: vmkMtu(source) }];
  const lost = (because: string): PathResult => ({ kind: 'lost', source, hops, because });
  const target = findVmknicByIp(lab, targetIp);
  if (!target) return toPlannedDevice(lab, from, source, targetIp, bytes, dontFragment, hops);
  if (target.host.id === fromHostId) return { kind: 'delivered', source, hops: [{ label: `${target.host.id} ${target.nic.name}`, mtu: vmkMtu(target.nic) }], fragmented: false };
  if (target.host.console.screen !== 'running') return lost(`${target.host.id} is not running`);
  const out = attachment(lab, from, source);
  const into = attachment(lab, target.host, target.nic);
  if (!out || !into) return lost(`a VMkernel NIC sits on a port group that no switch has`);
  hops.push({ label: out.switchLabel, mtu: out.mtu });
  const wire = out.uplinks.map((vmnic) => cabling(lab, fromHostId, vmnic)).find((cable) => cable !== null);
  if (!wire) return lost(`${out.switchLabel} has no uplink with a link to a physical switch`);
  hops.push({ label: `${wire.sw.deviceId.split('.')[0]} ${wire.port.portId}`, mtu: wire.sw.mtu });
  hops.push({ label: into.switchLabel, mtu: into.mtu });
  hops.push({ label: `${target.host.id} ${target.nic.name}`, mtu: vmkMtu(target.nic) });
  if (!into.uplinks.some((vmnic) => cabling(lab, target.host.id, vmnic))) return lost(`${into.switchLabel} has no uplink with a link to a physical switch`);
  if (out.vlan !== into.vlan) return lost(`the port groups are on different VLANs (${out.vlan} and ${into.vlan})`);
  // With DF set the frame must fit every hop; fragments (DF clear) are at most each MTU.
  const small = hops.find((hop) => hop.mtu < bytes);
  if (dontFragment && small) return lost(`${small.label} has MTU ${small.mtu}, smaller than the ${bytes}-byte packet`);
  return { kind: 'delivered', source, hops, fragmented: fragmented || small !== undefined };
}

/** The MTU of the lab's other devices (gateway, vCenter, the array's ports): standard frames. */
const DEVICE_MTU = 1500;

/** A ping to a device of the address plan that is not a host (gateway, vCenter, a switch, the array), through the physical switch. */
function toPlannedDevice(lab: LabState, from: HostState, source: VmkNic, targetIp: string, bytes: number, dontFragment: boolean, hops: PathHop[]): PathResult {
  const lost = (because: string): PathResult => ({ kind: 'lost', source, hops, because });
  const device = plannedDevices(lab.plan).find((candidate) => candidate.ip === targetIp);
  if (!device) return lost(`nothing in this lab answers at ${targetIp}`);
  const out = attachment(lab, from, source);
  if (!out) return lost('a VMkernel NIC sits on a port group that no switch has');
  hops.push({ label: out.switchLabel, mtu: out.mtu });
  const wire = out.uplinks.map((vmnic) => cabling(lab, from.id, vmnic)).find((cable) => cable !== null);
  if (!wire) return lost(`${out.switchLabel} has no uplink with a link to a physical switch`);
  hops.push({ label: `${wire.sw.deviceId.split('.')[0]} ${wire.port.portId}`, mtu: wire.sw.mtu }, { label: `${device.name} (${device.role})`, mtu: DEVICE_MTU });
  const small = hops.find((hop) => hop.mtu < bytes);
  if (dontFragment && small) return lost(`${small.label} has MTU ${small.mtu}, smaller than the ${bytes}-byte packet`);
  return { kind: 'delivered', source, hops, fragmented: bytes > vmkMtu(source) || small !== undefined };
}
