/**
 * What a host shows of its switches: the standard vSwitches it owns and the dvSwitches vCenter
 * pushed to it, in one shape for the shell (esxcfg-vswitch -l) and for a switch diagram.
 */
import type { HostState, LabState } from '../lab/types';
import { cdpNeighbour, type CdpNeighbour } from './cdp';
import { activeVmnics, standbyVmnics } from './placement';
import { dvSwitchesOfHost, networkOf, vmknicsOf } from './state';
import type { CdpMode, DvSwitch, StandardSwitch, TeamingPolicyId } from './types';

export interface UplinkView {
  vmnic: string;
  /** The dvUplink slot on a dvSwitch; null on a standard vSwitch. */
  slot: string | null;
  link: 'Up' | 'Down';
  speedMbps: number;
  neighbour: CdpNeighbour | null;
}

export interface PortGroupView {
  name: string;
  vlan: number;
  teaming: TeamingPolicyId;
  active: string[];
  standby: string[];
  vmknics: string[];
  usedPorts: number;
}

export interface DvPortView {
  id: string;
  inUse: boolean;
  client: string;
}

export interface SwitchView {
  kind: 'standard' | 'distributed';
  name: string;
  numPorts: number;
  usedPorts: number;
  mtu: number;
  cdp: CdpMode;
  uplinks: UplinkView[];
  portGroups: PortGroupView[];
  /** Distributed only: this host's ports in use. */
  dvPorts: DvPortView[];
  /** Distributed only: who owns the configuration. */
  managedBy: string | null;
}

function uplinkView(lab: LabState, host: HostState, vmnic: string, slot: string | null): UplinkView {
  const nic = host.network.nics.find((candidate) => candidate.name === vmnic);
  const heard = cdpNeighbour(lab, host.id, vmnic);
  return { vmnic, slot, link: nic?.link ?? 'Down', speedMbps: nic?.link === 'Up' ? nic.speedMbps : 0, neighbour: heard.ok ? heard.neighbour : null };
}

function standardView(lab: LabState, host: HostState, sw: StandardSwitch): SwitchView {
  const vmknics = vmknicsOf(host);
  const portGroups = sw.portGroups.map((pg): PortGroupView => {
    const onIt = vmknics.filter((nic) => nic.portGroup === pg.name).map((nic) => nic.name);
    const active = (pg.active ?? sw.uplinks).filter((vmnic) => sw.uplinks.includes(vmnic));
    return { name: pg.name, vlan: pg.vlan, teaming: pg.teaming, active, standby: (pg.standby ?? []).filter((vmnic) => sw.uplinks.includes(vmnic)), vmknics: onIt, usedPorts: pg.vmPorts + onIt.length };
  });
  // Besides the port groups' ports, each uplink and the switch itself hold a port.
  const usedPorts = 1 + sw.uplinks.length + portGroups.reduce((sum, pg) => sum + pg.usedPorts, 0);
  return { kind: 'standard', name: sw.name, numPorts: sw.numPorts, usedPorts, mtu: sw.mtu, cdp: sw.cdp, uplinks: sw.uplinks.map((vmnic) => uplinkView(lab, host, vmnic, null)), portGroups, dvPorts: [], managedBy: null };
}

/** Uplink dvPorts are numbered after the switch's configured ports, per host and slot. */
const uplinkPortId = (dvs: DvSwitch, hostIndex: number, slot: number) => String(dvs.numPorts + hostIndex * dvs.uplinkNames.length + slot);

function distributedView(lab: LabState, host: HostState, dvs: DvSwitch): SwitchView {
  const traffic = networkOf(lab).traffic;
  const ports = traffic?.dvSwitch === dvs.name ? traffic.ports.filter((port) => port.host === host.id) : [];
  const hostIndex = Object.keys(dvs.hosts).indexOf(host.id);
  const slots = dvs.hosts[host.id] ?? [];
  const vmknics = vmknicsOf(host);
  const dvPorts: DvPortView[] = [
    ...slots.map((vmnic, i) => ({ id: uplinkPortId(dvs, hostIndex, i), inUse: true, client: vmnic })),
    ...ports.map((port) => ({ id: port.id, inUse: true, client: port.client })),
  ];
  const portGroups = dvs.portGroups.map((pg): PortGroupView => {
    const onIt = vmknics.filter((nic) => nic.portGroup === pg.name).map((nic) => nic.name);
    return { name: pg.name, vlan: pg.vlan, teaming: pg.teaming, active: activeVmnics(dvs, pg, host.id), standby: standbyVmnics(dvs, pg, host.id), vmknics: onIt, usedPorts: ports.filter((port) => port.portGroup === pg.name).length };
  });
  return {
    kind: 'distributed', name: dvs.name, numPorts: dvs.numPorts, usedPorts: dvPorts.length, mtu: dvs.mtu, cdp: dvs.cdp,
    uplinks: slots.map((vmnic, i) => uplinkView(lab, host, vmnic, dvs.uplinkNames[i] ?? null)), portGroups, dvPorts, managedBy: lab.vcenter?.server ?? null,
  };
}

/** Every switch this host has: its standard vSwitches, then the dvSwitches it is a member of. */
export function hostSwitches(lab: LabState, hostId: string): SwitchView[] {
  const host = lab.hosts[hostId];
  if (!host?.network) return [];
  return [...host.network.vswitches.map((sw) => standardView(lab, host, sw)), ...dvSwitchesOfHost(lab, hostId).map((dvs) => distributedView(lab, host, dvs))];
}

/** The dvPort a VMkernel NIC on a dvSwitch uses (null when it is on a standard port group). */
export function dvPortOfVmknic(lab: LabState, hostId: string, vmk: string): string | null {
  return networkOf(lab).traffic?.ports.find((port) => port.host === hostId && port.client === vmk)?.id ?? null;
}
