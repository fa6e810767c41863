/** Host profiles' actions: create from a reference host, attach and detach, check compliance, apply. */
import type { LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';
import { PROFILE_REFUSAL as R } from '../messages/profiles';
import { accept, fromChange, isOutcome, reachable, refuse, withFields } from './event-fields';
import { inventoryHost } from './inventory';
import { applyProfile } from './profiles/apply';
import { captureConfig } from './profiles/capture';
import { checkCompliance, hostsOfProfile, profileNamed, profileOfHost } from './profiles/compliance';
import type { HostProfile } from './types';
import type { Outcome } from '../sim/outcome';

const withProfiles = (lab: LabState, profiles: HostProfile[]): LabState => ({ ...lab, vcenter: { ...lab.vcenter, profiles } });
const replaced = (lab: LabState, profile: HostProfile) => lab.vcenter.profiles.map((p) => (p.name === profile.name ? profile : p));

export const profileCreate = withFields(['name', 'fromHost'], (lab, [rawName, fromHost]) => {
  const name = rawName!.trim();
  if (name.length === 0 || name.length > 80) return refuse(lab, 'invalid', R.badProfileName);
  if (profileNamed(lab, name)) return refuse(lab, 'invalid', R.profileExists(name));
  const host = reachable(lab, fromHost!);
  if (isOutcome(host)) return host;
  const profile: HostProfile = { name, referenceHost: host, createdMs: lab.clock.nowMs, attachedTo: [], config: captureConfig(lab, lab.hosts[host]!) };
  return accept(withProfiles(lab, [...lab.vcenter.profiles, profile]));
});

/** The profile an event names, or the refusal. */
function named(lab: LabState, name: string): HostProfile | Outcome {
  return profileNamed(lab, name) ?? refuse(lab, 'invalid', R.unknownProfile(name));
}

export const profileAttach = withFields(['profile', 'target'], (lab, [name, target]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  const isCluster = lab.vcenter.clusters.includes(target!);
  if (!isCluster && !inventoryHost(lab, target!)) return refuse(lab, 'invalid', R.unknownTarget(target!));
  if (profile.attachedTo.includes(target!)) return refuse(lab, 'invalid', R.alreadyAttached(target!, profile.name));
  const other = isCluster ? lab.vcenter.profiles.find((p) => p.attachedTo.includes(target!)) : profileOfHost(lab, target!);
  if (other && other.name !== profile.name) return refuse(lab, 'invalid', R.attachedElsewhere(target!, other.name));
  return accept(withProfiles(lab, replaced(lab, { ...profile, attachedTo: [...profile.attachedTo, target!] })));
});

export const profileDetach = withFields(['profile', 'target'], (lab, [name, target]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  if (!profile.attachedTo.includes(target!)) return refuse(lab, 'invalid', R.notAttached(target!, profile.name));
  return accept(withProfiles(lab, replaced(lab, { ...profile, attachedTo: profile.attachedTo.filter((t) => t !== target) })));
});

export const profileCheck = withFields(['profile'], (lab, [name]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  const hosts = hostsOfProfile(lab, profile);
  if (hosts.length === 0) return refuse(lab, 'invalid', R.nothingAttached(profile.name));
  const results = hosts.map((id) => checkCompliance(profile, lab.hosts[id]!, lab));
  return accept({ ...lab, vcenter: { ...lab.vcenter, compliance: { ...lab.vcenter.compliance, [profile.name]: results } } });
});

export const profileApply = withFields(['profile', 'host'], (lab, [name, hostId], event) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  const raw = event.values;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) return refuse(lab, 'malformed', EVENT_TEXT.badField('profile-apply', 'values', 'an object of strings'));
  const values = Object.fromEntries(Object.entries((raw ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return fromChange(lab, applyProfile(lab, profile, hostId!, values));
});
