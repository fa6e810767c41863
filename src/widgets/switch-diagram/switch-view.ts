import { cdpNeighbour, hostSwitches, TEAMING_LABELS } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { SWITCH_TEXT as T } from './strings';

/** What the switch diagram draws for one host: plain text, the same on the server and in the browser. */
export interface SwitchBox {
  key: string;
  name: string;
  kind: string;
  summary: string;
  portGroups: { key: string; name: string; detail: string }[];
  uplinks: { vmnic: string; label: string; up: boolean }[];
}

export function switchBoxes(lab: LabState, host: string): SwitchBox[] {
  return hostSwitches(lab, host).map((sw) => ({
    key: `${sw.kind}:${sw.name}`,
    name: sw.name,
    kind: sw.kind === 'standard' ? T.standard : T.distributed(sw.managedBy),
    summary: T.summary(sw.mtu, sw.usedPorts, sw.numPorts, sw.cdp),
    portGroups: sw.portGroups.map((pg) => ({
      key: pg.name,
      name: pg.name,
      detail: [T.vlan(pg.vlan), T.ports(pg.usedPorts), T.vmknics(pg.vmknics), TEAMING_LABELS[pg.teaming], pg.active.length ? `active ${pg.active.join(', ')}` : '']
        .filter(Boolean)
        .join(' · '),
    })),
    uplinks: sw.uplinks.map((u) => ({ vmnic: u.vmnic, label: T.uplink(u.vmnic, u.slot, u.link, u.speedMbps), up: u.link === 'Up' })),
  }));
}

/** The CDP panel for one uplink: a sentence, then label/value pairs (none when nothing is heard). */
export function cdpPanel(lab: LabState, host: string, vmnic: string | null): { summary: string; fields: [string, string][] } {
  if (!vmnic) return { summary: T.cdpPick, fields: [] };
  const heard = cdpNeighbour(lab, host, vmnic);
  if (!heard.ok) return { summary: T.cdpNone(vmnic, heard.because), fields: [] };
  const n = heard.neighbour;
  const values = [n.deviceId, n.portId, String(n.vlan), String(n.mtu), n.platform, n.ipAddress, `${n.timeToLive} s`];
  return { summary: T.cdpHeard(vmnic, n.systemName, n.portId), fields: T.cdpFields.map((label, i) => [label, values[i]!]) };
}

/** The dvSwitch a vCenter control changes, with its member hosts and port groups (null: none). */
export function vcenterTarget(lab: LabState): { vcenter: string; dvSwitch: string; mtu: number; hosts: string[]; portGroups: { name: string; vlan: number }[] } | null {
  const host = Object.keys(lab.hosts).find((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed'));
  if (!host) return null;
  const dvs = hostSwitches(lab, host).find((sw) => sw.kind === 'distributed')!;
  const hosts = Object.keys(lab.hosts).filter((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed' && sw.name === dvs.name));
  return { vcenter: dvs.managedBy ?? 'vCenter', dvSwitch: dvs.name, mtu: dvs.mtu, hosts, portGroups: dvs.portGroups.map((pg) => ({ name: pg.name, vlan: pg.vlan })) };
}

/** A VLAN ID typed by the reader, or null when it is not one. */
export function parseVlan(text: string): number | null {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return null;
  const vlan = Number(text);
  return vlan <= 4095 ? vlan : null;
}
