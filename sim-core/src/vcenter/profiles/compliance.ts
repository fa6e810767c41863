/** Compliance: a host against a profile, sub-profile by sub-profile, with a reason per difference. */
import type { HostState, LabState } from '../../lab/types';
import { PROFILE_TEXT, REACH_TEXT } from '../../messages/profiles';
import { reachStatus } from '../inventory';
import type { ComplianceCell, HostCompliance, HostProfile } from '../types';
import { differences, SUB_PROFILES } from './diff';

/**
 * A host's compliance with a profile: a pure function of the profile and the host (and, when a
 * lab is given, of whether vCenter reaches the host, its dvSwitches and its clock). Unknown
 * when vCenter cannot reach the host: disconnected, down, or its agents stopped.
 */
export function checkCompliance(profileOrName: HostProfile | string, hostOrId: HostState | string, lab?: LabState): HostCompliance {
  // Widgets may name the profile and host; the check event passes them whole.
  const profile = typeof profileOrName === 'string' ? (lab && profileNamed(lab, profileOrName)) : profileOrName;
  const host = typeof hostOrId === 'string' ? lab?.hosts[hostOrId] : hostOrId;
  const hostId = typeof hostOrId === 'string' ? hostOrId : hostOrId.id;
  const checkedAtMs = lab?.clock.nowMs ?? 0;
  if (!profile || !host) {
    const reasons = [PROFILE_TEXT.unknown(hostId, profile ? REACH_TEXT.unmanaged : REACH_TEXT.noProfile)];
    return { host: hostId, state: 'Unknown', cells: SUB_PROFILES.map((subProfile) => ({ subProfile, state: 'Unknown', reasons })), checkedAtMs };
  }
  const reach = lab ? reachStatus(lab, host.id) : 'connected';
  if (reach !== 'connected') {
    const reasons = [PROFILE_TEXT.unknown(host.id, REACH_TEXT[reach])];
    return { host: host.id, state: 'Unknown', cells: SUB_PROFILES.map((subProfile) => ({ subProfile, state: 'Unknown', reasons })), checkedAtMs };
  }
  const found = differences(lab ?? labless, host, profile.config);
  const cells: ComplianceCell[] = SUB_PROFILES.map((subProfile) => {
    const reasons = found.filter((d) => d.subProfile === subProfile).map((d) => d.reason);
    return { subProfile, state: reasons.length === 0 ? 'Compliant' : 'Noncompliant', reasons };
  });
  return { host: host.id, state: cells.some((cell) => cell.state === 'Noncompliant') ? 'Noncompliant' : 'Compliant', cells, checkedAtMs };
}

/** Without a lab there are no dvSwitches to compare (only `network.dvSwitches` is read). */
const labless = { network: { dvSwitches: [] } } as unknown as LabState;

/** A profile by name. */
export const profileNamed = (lab: LabState, name: string): HostProfile | undefined => lab.vcenter.profiles.find((profile) => profile.name === name);

/** The hosts a profile is attached to: directly, or through their cluster (a host added to such a cluster is attached, not configured). */
export function hostsOfProfile(lab: LabState, profile: HostProfile): string[] {
  return Object.keys(lab.hosts).filter((id) => {
    const entry = Object.hasOwn(lab.vcenter.hosts, id) ? lab.vcenter.hosts[id] : undefined;
    return entry !== undefined && (profile.attachedTo.includes(id) || (entry.cluster !== null && profile.attachedTo.includes(entry.cluster)));
  });
}

/** The profile a host follows (directly or through its cluster), if any. */
export const profileOfHost = (lab: LabState, hostId: string): HostProfile | undefined =>
  lab.vcenter.profiles.find((profile) => hostsOfProfile(lab, profile).includes(hostId));
