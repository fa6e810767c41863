import { cdpNeighbour, hostSwitches } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { SWITCH_TEXT as T } from './strings';

/** What the switch diagram draws for one host: plain text, the same on the server and in the browser. */
export interface SwitchBox {
  name: string;
  kind: string;
  summary: string;
  portGroups: { name: string; detail: string }[];
  uplinks: { vmnic: string; label: string; up: boolean }[];
}

export function switchBoxes(lab: LabState, host: string): SwitchBox[] {
  return hostSwitches(lab, host).map((sw) => ({
    name: sw.name,
    kind: sw.kind === 'standard' ? T.standard : T.distributed(sw.managedBy),
    summary: T.summary(sw.mtu, sw.usedPorts, sw.numPorts, sw.cdp),
    portGroups: sw.portGroups.map((pg) => ({
      name: pg.name,
      detail: [T.vlan(pg.vlan), T.ports(pg.usedPorts), T.vmknics(pg.vmknics)]
        .filter(Boolean)
        .join(' · '),
    })),
    uplinks: sw.uplinks.map((u) => ({ vmnic: u.vmnic, label: T.uplink(u.vmnic, u.slot, u.link, u.speedMbps), up: u.link === 'Up' })),
  }));
}

/** What CDP tells about one uplink: the Cisco switch and port, or why the host hears nothing. */
export function cdpSummary(lab: LabState, host: string, vmnic: string): string {
  if (!vmnic) return T.cdpPick;
  const heard = cdpNeighbour(lab, host, vmnic);
  if (!heard.ok) return T.cdpNone(vmnic, heard.because);
  const n = heard.neighbour;
  return T.cdpHeard(vmnic, n.deviceId, n.portId, n.vlan, n.mtu);
}

/** The dvSwitch a vCenter control changes, with its member hosts and port groups (null: none). */
export function vcenterTarget(lab: LabState): { vcenter: string; dvSwitch: string; mtu: number; hosts: string[] } | null {
  const host = Object.keys(lab.hosts).find((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed'));
  if (!host) return null;
  const dvs = hostSwitches(lab, host).find((sw) => sw.kind === 'distributed')!;
  const hosts = Object.keys(lab.hosts).filter((id) => hostSwitches(lab, id).some((sw) => sw.kind === 'distributed' && sw.name === dvs.name));
  return { vcenter: dvs.managedBy ?? 'vCenter', dvSwitch: dvs.name, mtu: dvs.mtu, hosts };
}
