/**
 * Cisco Discovery Protocol as a host sees it: what the Cisco switch at the other end of each
 * vmnic advertises (esxi-facts.md lists the fields). The neighbour is derived from the cabling
 * in the lab; the host only hears it while its switch listens (mode listen or both) and the
 * link is up.
 */
import type { HostState, LabState } from '../lab/types';
import { cabling, switchOfNic } from './state';
import type { CdpMode } from './types';

/** Cisco's defaults: an advertisement every 60 s, held for 180 s. */
export const CDP_INTERVAL_S = 60;
export const CDP_HOLDTIME_S = 180;

export interface CdpNeighbour {
  vmnic: string;
  deviceId: string;
  portId: string;
  softwareVersion: string;
  platform: string;
  ipAddress: string;
  vlan: number;
  mtu: number;
  duplex: 'Full' | 'Half';
  /** Seconds before the information expires (counts down between advertisements). */
  timeToLive: number;
  timeout: number;
  samples: number;
  capabilities: string;
  systemName: string;
}

/** The fields as the vSphere Client labels them, in its order: one list for the shell and the switch diagram. */
export function cdpFields(n: CdpNeighbour): [label: string, value: string][] {
  const fields: [string, string | number][] = [
    ['Device ID', n.deviceId],
    ['Port ID', n.portId],
    ['Software Version', n.softwareVersion],
    ['Hardware Platform', n.platform],
    ['IP Address', n.ipAddress],
    ['VLAN', n.vlan],
    ['MTU', n.mtu],
    ['Duplex', n.duplex],
    ['Time to Live', n.timeToLive],
    ['Timeout', n.timeout],
    ['Samples', n.samples],
    ['Capabilities', n.capabilities],
    ['System Name', n.systemName],
  ];
  return fields.map(([label, value]) => [label, String(value)]);
}

export const listens = (mode: CdpMode): boolean => mode === 'listen' || mode === 'both';

/** The CDP mode of the switch a vmnic is an uplink of (null: not an uplink). */
export function cdpModeOfNic(lab: LabState, host: HostState, vmnic: string): CdpMode | null {
  return switchOfNic(lab, host, vmnic)?.sw.cdp ?? null;
}

/** What `host` knows about the switch port behind `vmnic`, or why it knows nothing. */
export function cdpNeighbour(lab: LabState, hostId: string, vmnic: string): { ok: true; neighbour: CdpNeighbour } | { ok: false; because: string } {
  const host = lab.hosts[hostId];
  const nic = host?.network.nics.find((candidate) => candidate.name === vmnic);
  if (!host || !nic) return { ok: false, because: `${hostId} has no ${vmnic}` };
  const mode = cdpModeOfNic(lab, host, vmnic);
  if (mode === null) return { ok: false, because: `${vmnic} is not an uplink of any switch, so CDP does not run on it` };
  if (!listens(mode)) return { ok: false, because: `CDP on the switch of ${vmnic} is in mode ${mode}: it does not listen` };
  if (nic.link !== 'Up') return { ok: false, because: `${vmnic} has no link` };
  const cable = cabling(lab, hostId, vmnic);
  if (!cable) return { ok: false, because: `nothing that speaks CDP is plugged into ${vmnic}` };
  const seconds = Math.floor(lab.clock.nowMs / 1000);
  const upSeconds = Math.max(0, Math.floor((lab.clock.nowMs - host.boot.bootedAtMs) / 1000));
  return {
    ok: true,
    neighbour: {
      vmnic,
      deviceId: cable.sw.deviceId,
      portId: cable.port.portId,
      softwareVersion: cable.sw.softwareVersion,
      platform: cable.sw.platform,
      ipAddress: cable.sw.ip,
      vlan: cable.port.vlan,
      mtu: cable.sw.mtu,
      duplex: 'Full',
      timeToLive: CDP_HOLDTIME_S - (seconds % CDP_INTERVAL_S),
      timeout: CDP_INTERVAL_S,
      samples: Math.floor(upSeconds / CDP_INTERVAL_S),
      capabilities: 'Router Switch IGMP',
      systemName: cable.sw.deviceId.split('.')[0]!,
    },
  };
}
