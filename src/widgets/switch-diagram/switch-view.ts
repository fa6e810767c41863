import { cdpFields, cdpNeighbour, hostSwitches, TEAMING_LABELS, type CdpMode } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { SWITCH_TEXT as T } from './strings';

/** What an uplink is to a port group: carries its traffic, takes over on a failure, or neither. */
export type UplinkRole = 'active' | 'standby' | 'unused';

/**
 * What the switch diagram draws for one host: plain text, the same on the server and in the
 * browser. Each switch's uplinks show the teaming of one of its port groups (`shown`, the
 * first unless the reader picked another), as the vSphere Client highlights a port group's paths.
 */
export interface SwitchBox {
  name: string;
  kind: string;
  /** MTU, ports, CDP: one fact a line in the switch's box. */
  facts: string[];
  shown: string;
  portGroups: { name: string; vlan: string; detail: string }[];
  uplinks: { vmnic: string; label: string; up: boolean; role: UplinkRole }[];
}

/** `picks`: switch name -> the port group the reader picked on it. */
export function switchBoxes(lab: LabState, host: string, picks: Readonly<Record<string, string>> = {}): SwitchBox[] {
  return hostSwitches(lab, host).map((sw) => {
    const pg = sw.portGroups.find((candidate) => candidate.name === picks[sw.name]) ?? sw.portGroups[0];
    const role = (vmnic: string): UplinkRole => (pg?.active.includes(vmnic) ? 'active' : pg?.standby.includes(vmnic) ? 'standby' : 'unused');
    return {
      name: sw.name,
      kind: sw.kind === 'standard' ? T.standard : T.distributed(sw.managedBy),
      facts: T.facts(sw.mtu, sw.usedPorts, sw.numPorts, sw.cdp),
      shown: pg?.name ?? '',
      portGroups: sw.portGroups.map((group) => ({
        name: group.name,
        vlan: T.vlan(group.vlan),
        detail: [T.ports(group.usedPorts), T.vmknics(group.vmknics), T.teaming(TEAMING_LABELS[group.teaming], group.active, group.standby)].filter(Boolean).join(' · '),
      })),
      uplinks: sw.uplinks.map((u) => ({ vmnic: u.vmnic, label: T.uplink(u.vmnic, u.slot, u.link, u.speedMbps), up: u.link === 'Up', role: role(u.vmnic) })),
    };
  });
}

/** What CDP tells about one uplink: every field the Cisco switch sent, or a sentence saying why there is none. */
export function cdpSummary(lab: LabState, host: string, vmnic: string): { text: string; fields: [string, string][] } {
  if (!vmnic) return { text: T.cdpPick, fields: [] };
  const heard = cdpNeighbour(lab, host, vmnic);
  if (!heard.ok) return { text: T.cdpNone(vmnic, heard.because), fields: [] };
  return { text: T.cdpHeard(vmnic, heard.neighbour.deviceId, heard.neighbour.portId), fields: cdpFields(heard.neighbour) };
}

/** The dvSwitch a vCenter control changes, with its member hosts and port groups (null: none). */
export interface VcenterTarget {
  vcenter: string;
  dvSwitch: string;
  mtu: number;
  cdp: CdpMode;
  portGroups: { name: string; vlan: number }[];
  hosts: string[];
}

export function vcenterTarget(lab: LabState): VcenterTarget | null {
  const host = Object.keys(lab.hosts).find((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed'));
  if (!host) return null;
  const dvs = hostSwitches(lab, host).find((sw) => sw.kind === 'distributed')!;
  const hosts = Object.keys(lab.hosts).filter((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed' && sw.name === dvs.name));
  const portGroups = dvs.portGroups.map((pg) => ({ name: pg.name, vlan: pg.vlan }));
  return { vcenter: dvs.managedBy ?? 'vCenter', dvSwitch: dvs.name, mtu: dvs.mtu, cdp: dvs.cdp, portGroups, hosts };
}
