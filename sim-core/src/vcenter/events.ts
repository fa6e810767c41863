/** vCenter's actions on the lab: the inventory's, and host profiles'. Each accepts or refuses with a reason a widget shows. */
import type { LabEvent, LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';
import { REACH_TEXT } from '../messages/profiles';
import { VCENTER_TEXT as T } from '../messages/vcenter';
import type { EventHandler } from '../sim/kit';
import { accept, refuse, type Outcome } from '../sim/outcome';
import { datastoresOf } from '../storage/visible';
import { inventoryHost, reachStatus, withVcenter } from './inventory';
import { setMaintenance } from './maintenance';
import { applyProfile } from './profiles/apply';
import { captureConfig } from './profiles/capture';
import { checkCompliance, hostsOfProfile, profileNamed, profileOfHost } from './profiles/compliance';
import type { HostProfile } from './types';
import { powerVm } from './power';
import { findVm, poweredOnVms, withVmRecord } from './vms';

type Fields = Readonly<Record<string, unknown>>;

/** A string field, or the refusal to return. */
function text(lab: LabState, event: Fields, field: string): string | Outcome {
  const value = event[field];
  return typeof value === 'string' ? value : refuse(lab, 'malformed', EVENT_TEXT.badField(String(event.type), field, 'a string'));
}
const isOutcome = (value: unknown): value is Outcome => typeof value === 'object' && value !== null && 'lab' in value;

/** A host vCenter manages and reaches, or the refusal. */
function reachable(lab: LabState, hostId: string): string | Outcome {
  if (!Object.hasOwn(lab.hosts, hostId)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId));
  const reach = reachStatus(lab, hostId);
  if (reach === 'unmanaged') return refuse(lab, 'invalid', T.notManaged(hostId));
  if (reach !== 'connected') return refuse(lab, 'invalid', T.unreachable(hostId, REACH_TEXT[reach]));
  return hostId;
}

const fromChange = (lab: LabState, change: { ok: true; lab: LabState } | { ok: false; because: string }): Outcome =>
  (change.ok ? accept(change.lab) : refuse(lab, 'invalid', change.because));

/** Runs a handler with the named string fields read first. */
const withFields = (names: readonly string[], run: (lab: LabState, values: string[], event: Fields) => Outcome): EventHandler => (lab, event) => {
  const values: string[] = [];
  for (const name of names) {
    const value = text(lab, event as Fields, name);
    if (isOutcome(value)) return value;
    values.push(value);
  }
  return run(lab, values, event as Fields);
};

const maintenance = withFields(['host', 'action'], (lab, [hostId, action]) => {
  if (action !== 'enter' && action !== 'exit') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-maintenance', 'action', '"enter" or "exit"'));
  const host = reachable(lab, hostId!);
  return isOutcome(host) ? host : fromChange(lab, setMaintenance(lab, host, action === 'enter'));
});

const vmPower = withFields(['vm', 'action'], (lab, [ref, action]) => {
  if (action !== 'on' && action !== 'off') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-vm-power', 'action', '"on" or "off"'));
  const vm = findVm(lab, ref!);
  if (!vm) return refuse(lab, 'invalid', T.unknownVm(ref!));
  const reach = reachStatus(lab, vm.host);
  if (reach !== 'connected') return refuse(lab, 'invalid', T.vmHostUnreachable(vm.name, vm.host, REACH_TEXT[reach]));
  return fromChange(lab, powerVm(lab, vm.id, action === 'on'));
});

const hasVmotion = (lab: LabState, hostId: string) => lab.hosts[hostId]!.network.vmknics.some((nic) => nic.vmotion);

const vmMigrate = withFields(['vm', 'to'], (lab, [ref, to]) => {
  const vm = findVm(lab, ref!);
  if (!vm) return refuse(lab, 'invalid', T.unknownVm(ref!));
  const from = reachable(lab, vm.host);
  if (isOutcome(from)) return from;
  const target = reachable(lab, to!);
  if (isOutcome(target)) return target;
  if (target === vm.host) return refuse(lab, 'invalid', T.sameHost(vm.name, target));
  if (lab.hosts[target]!.services.maintenanceMode) return refuse(lab, 'invalid', T.targetInMaintenance(target));
  if (!datastoresOf(lab.storage, target).some((ds) => ds.name === vm.datastore && vm.id.startsWith(`${ds.uuid}/`))) return refuse(lab, 'invalid', T.notSeen(vm.name, target, vm.datastore));
  const on = vm.power === 'poweredOn';
  const lacking = [vm.host, target].find((id) => !hasVmotion(lab, id));
  if (on && lacking) return refuse(lab, 'invalid', T.noVmotion(vm.name, lacking));
  // A VM moved while running keeps running on its new host (sinceMs is within that host's boot).
  return accept(withVmRecord(lab, vm, { host: target, ...(on ? { sinceMs: lab.clock.nowMs } : {}) }));
});

const connection = withFields(['host', 'action'], (lab, [hostId, action]) => {
  if (action !== 'connect' && action !== 'disconnect') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-connection', 'action', '"connect" or "disconnect"'));
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  const entry = inventoryHost(lab, hostId!);
  if (!entry) return refuse(lab, 'invalid', T.notManaged(hostId!));
  const connect = action === 'connect';
  if ((entry.connection === 'connected') === connect) return refuse(lab, 'invalid', T.alreadyConnection(hostId!, connect));
  if (connect && lab.hosts[hostId!]!.console.screen !== 'running') return refuse(lab, 'invalid', T.hostNotRunning(hostId!));
  return accept(withVcenter(lab, (vc) => ({ ...vc, hosts: { ...vc.hosts, [hostId!]: { ...entry, connection: connect ? 'connected' : 'disconnected' } } })));
});

const addHost = withFields(['host', 'cluster'], (lab, [hostId, cluster]) => {
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  if (!lab.vcenter.clusters.includes(cluster!)) return refuse(lab, 'invalid', T.unknownCluster(cluster!, lab.vcenter.clusters));
  const entry = inventoryHost(lab, hostId!);
  if (entry?.cluster === cluster) return refuse(lab, 'invalid', T.alreadyInCluster(hostId!, cluster!));
  const host = lab.hosts[hostId!]!;
  if (host.console.screen !== 'running') return refuse(lab, 'invalid', T.hostNotRunning(hostId!));
  if (entry && entry.connection === 'disconnected') return refuse(lab, 'invalid', T.unreachable(hostId!, REACH_TEXT.disconnected));
  if (entry && !host.services.maintenanceMode && findRunning(lab, hostId!)) return refuse(lab, 'invalid', T.addNeedsMaintenance(hostId!, cluster!));
  return accept(withVcenter(lab, (vc) => ({ ...vc, server: vc.server ?? lab.plan.vcenter.name, hosts: { ...vc.hosts, [hostId!]: { cluster: cluster!, connection: 'connected' } } })));
});

const findRunning = (lab: LabState, hostId: string) => poweredOnVms(lab, hostId).length > 0;

const withProfiles = (lab: LabState, profiles: HostProfile[]): LabState => ({ ...lab, vcenter: { ...lab.vcenter, profiles } });
const replaced = (lab: LabState, profile: HostProfile) => lab.vcenter.profiles.map((p) => (p.name === profile.name ? profile : p));

const profileCreate = withFields(['name', 'fromHost'], (lab, [rawName, fromHost]) => {
  const name = rawName!.trim();
  if (name.length === 0 || name.length > 80) return refuse(lab, 'invalid', T.badProfileName);
  if (profileNamed(lab, name)) return refuse(lab, 'invalid', T.profileExists(name));
  const host = reachable(lab, fromHost!);
  if (isOutcome(host)) return host;
  const profile: HostProfile = { name, referenceHost: host, createdMs: lab.clock.nowMs, attachedTo: [], config: captureConfig(lab, lab.hosts[host]!) };
  return accept(withProfiles(lab, [...lab.vcenter.profiles, profile]));
});

/** The profile an event names, or the refusal. */
function named(lab: LabState, name: string): HostProfile | Outcome {
  return profileNamed(lab, name) ?? refuse(lab, 'invalid', T.unknownProfile(name));
}

const profileAttach = withFields(['profile', 'target'], (lab, [name, target]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  const isCluster = lab.vcenter.clusters.includes(target!);
  if (!isCluster && !inventoryHost(lab, target!)) return refuse(lab, 'invalid', T.unknownTarget(target!));
  if (profile.attachedTo.includes(target!)) return refuse(lab, 'invalid', T.alreadyAttached(target!, profile.name));
  const other = isCluster ? lab.vcenter.profiles.find((p) => p.attachedTo.includes(target!)) : profileOfHost(lab, target!);
  if (other && other.name !== profile.name) return refuse(lab, 'invalid', T.attachedElsewhere(target!, other.name));
  return accept(withProfiles(lab, replaced(lab, { ...profile, attachedTo: [...profile.attachedTo, target!] })));
});

const profileDetach = withFields(['profile', 'target'], (lab, [name, target]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  if (!profile.attachedTo.includes(target!)) return refuse(lab, 'invalid', T.notAttached(target!, profile.name));
  return accept(withProfiles(lab, replaced(lab, { ...profile, attachedTo: profile.attachedTo.filter((t) => t !== target) })));
});

const profileCheck = withFields(['profile'], (lab, [name]) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  const hosts = hostsOfProfile(lab, profile);
  if (hosts.length === 0) return refuse(lab, 'invalid', T.nothingAttached(profile.name));
  const results = hosts.map((id) => checkCompliance(profile, lab.hosts[id]!, lab));
  return accept({ ...lab, vcenter: { ...lab.vcenter, compliance: { ...lab.vcenter.compliance, [profile.name]: results } } });
});

const profileApply = withFields(['profile', 'host'], (lab, [name, hostId], event) => {
  const profile = named(lab, name!);
  if (isOutcome(profile)) return profile;
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  const raw = event.values;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) return refuse(lab, 'malformed', EVENT_TEXT.badField('profile-apply', 'values', 'an object of strings'));
  const values = Object.fromEntries(Object.entries((raw ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return fromChange(lab, applyProfile(lab, profile, hostId!, values));
});

export const VCENTER_EVENTS: Readonly<Record<LabEvent['type'] & `${'vc' | 'profile'}-${string}`, EventHandler>> = {
  'vc-maintenance': maintenance,
  'vc-vm-power': vmPower,
  'vc-vm-migrate': vmMigrate,
  'vc-connection': connection,
  'vc-add-host': addHost,
  'profile-create': profileCreate,
  'profile-attach': profileAttach,
  'profile-detach': profileDetach,
  'profile-check': profileCheck,
  'profile-apply': profileApply,
};

