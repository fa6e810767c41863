/**
 * Applying a profile to a host: the wizard's plan (what changes, whether maintenance mode is
 * needed, which host-specific values it asks for: 4.1 has no answer files), and the change
 * itself. vCenter applies through the host's API, not esxcfg commands (esxi-facts.md), but the
 * host's state changes all the same: `esxcfg-vswitch -l` and `esxcfg-advcfg -g` show it.
 */
import { hostAddress, plannedDevices, SUBNETS, type Subnet } from '../../lab/address-plan';
import type { HostState, LabState } from '../../lab/types';
import { withConfigFiles } from '../../boot/rootfs';
import { withHost } from '../../lab/with-host';
import { PROFILE_REFUSAL as R, PROFILE_TEXT as T, REACH_TEXT } from '../../messages/profiles';
import { VCENTER_TEXT } from '../../messages/vcenter';
import { runTsm, setTsmAtBoot } from '../../services/tsm-state';
import { applySetting } from '../../storage/settings';
import { writeAdvOptions } from '../../storage/esx-conf';
import { reachStatus } from '../inventory';
import type { ApplyAsk, ApplyPlan, HostProfile, ProfileConfig, SubProfileId } from '../types';
import { applyNetworking, ipKey } from './apply-network';
import { differences, type Difference } from './diff';
import { hostsOfProfile, profileNamed } from './compliance';

const toInt = (ip: string): number | null => {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!parts) return null;
  const octets = parts.slice(1).map(Number);
  return octets.every((n) => n <= 255) ? octets.reduce((sum, n) => sum * 256 + n, 0) : null;
};

/** Who already has an address in the lab: a VMkernel NIC of any host, or a device of the plan. */
function ownerOf(lab: LabState, ip: string): string | null {
  for (const host of Object.values(lab.hosts)) {
    const nic = host.network.vmknics.find((candidate) => candidate.ip === ip);
    if (nic) return `${nic.name} on ${host.id}`;
  }
  return plannedDevices(lab.plan).find((device) => device.ip === ip)?.name ?? null;
}

/** The host's address of the plan on that network, or the first free one there (a reader took it, or the network is not the plan's). */
function suggestedIp(lab: LabState, hostId: string, network: string): string {
  const subnet = (Object.keys(SUBNETS) as Subnet[]).find((name) => SUBNETS[name] === network);
  const planned = subnet ? hostAddress(lab.plan, hostId, subnet) : undefined;
  if (planned && ownerOf(lab, planned) === null) return planned;
  for (let last = 10; last < 250; last++) {
    const ip = `${network}.${last}`;
    if (ownerOf(lab, ip) === null) return ip;
  }
  return '';
}

/** Why a value the wizard got for an address cannot be used, or null. */
export function ipProblem(lab: LabState, ask: ApplyAsk, value: string | undefined, netmask: string): string | null {
  if (value === undefined || value.trim() === '') return T.noValue(ask.label);
  const ip = toInt(value);
  const mask = toInt(netmask) ?? 0xffffff00;
  if (ip === null) return T.badIp(ask.label, value);
  const hostPart = ip & ~mask & 0xffffffff;
  if (hostPart === 0 || hostPart === (~mask & 0xffffffff)) return T.hostPartIp(ask.label, value);
  const owner = ownerOf(lab, value);
  return owner === null ? null : T.ipInUse(ask.label, value, owner);
}

/** The wizard's plan for one host; `blockedBecause` says why Apply would be refused. */
export function applyPlan(lab: LabState, profileOrName: string | HostProfile, hostId: string): ApplyPlan {
  const profileName = typeof profileOrName === 'string' ? profileOrName : profileOrName.name;
  const profile = profileNamed(lab, profileName);
  const host = Object.hasOwn(lab.hosts, hostId) ? lab.hosts[hostId] : undefined;
  const empty = (blockedBecause: string): ApplyPlan => ({ host: hostId, changes: [], needsMaintenance: false, asks: [], blockedBecause });
  if (!profile) return empty(R.unknownProfile(profileName));
  if (!host) return empty(VCENTER_TEXT.notManaged(hostId));
  const reach = reachStatus(lab, hostId);
  if (reach !== 'connected') return empty(T.disconnected(hostId, REACH_TEXT[reach]));
  if (!hostsOfProfile(lab, profile).includes(hostId)) return empty(R.hostNotAttached(hostId, profile.name));
  const found = differences(lab, host, profile.config);
  const changes = dedupe(found).map(({ subProfile, change, needsMaintenance }) => ({ subProfile, text: change, needsMaintenance }));
  const needsMaintenance = changes.some((change) => change.needsMaintenance);
  const asks = found.flatMap((d) => (d.createsVmknic ? [askFor(lab, host, profile.config, d.createsVmknic)] : []));
  const missing = missingPortGroup(lab, host, profile.config);
  const blockedBecause = missing ?? (needsMaintenance && !host.services.maintenanceMode ? T.needsMaintenance(hostId) : null);
  return { host: hostId, changes, needsMaintenance, asks, blockedBecause };
}

const dedupe = (found: readonly Difference[]): Difference[] => found.filter((d, i) => found.findIndex((other) => other.change === d.change) === i);

function askFor(lab: LabState, host: HostState, config: ProfileConfig, vmk: string): ApplyAsk {
  const want = config.networking.vmknics.find((nic) => nic.name === vmk)!;
  return { key: ipKey(vmk), label: T.askIp(vmk, want.portGroup, host.id), suggested: suggestedIp(lab, host.id, want.network) };
}

/** A VMkernel NIC of the profile whose port group neither the profile's switches nor vCenter's dvSwitches have any more. */
function missingPortGroup(lab: LabState, host: HostState, config: ProfileConfig): string | null {
  const groups = new Set([
    ...config.networking.vswitches.flatMap((sw) => sw.portGroups.map((pg) => pg.name)),
    ...host.network.vswitches.flatMap((sw) => sw.portGroups.map((pg) => pg.name)),
    ...lab.network.dvSwitches.filter((dvs) => Object.hasOwn(dvs.hosts, host.id) || config.networking.dvsUplinks.some((u) => u.dvSwitch === dvs.name)).flatMap((dvs) => dvs.portGroups.map((pg) => pg.name)),
  ]);
  const lost = config.networking.vmknics.find((nic) => !groups.has(nic.portGroup));
  return lost ? T.missingPortGroup(lost.name, lost.portGroup) : null;
}

/** Applies the profile to the host, or says why not (the plan's block, or a value the wizard got wrong). */
export function applyProfile(lab: LabState, profile: HostProfile, hostId: string, values: Readonly<Record<string, string>>): { ok: true; lab: LabState } | { ok: false; because: string } {
  const plan = applyPlan(lab, profile.name, hostId);
  if (plan.blockedBecause) return { ok: false, because: plan.blockedBecause };
  const given = new Map<string, string>();
  for (const ask of plan.asks) {
    const netmask = profile.config.networking.vmknics.find((nic) => ipKey(nic.name) === ask.key)?.netmask ?? '255.255.255.0';
    const value = Object.hasOwn(values, ask.key) ? values[ask.key] : undefined;
    const problem = ipProblem(lab, ask, typeof value === 'string' ? value : undefined, netmask);
    if (problem) return { ok: false, because: problem };
    const twin = given.get(value!);
    if (twin) return { ok: false, because: T.ipInUse(ask.label, value!, twin) };
    given.set(value!, ask.key.replace(/\.ip$/, ''));
  }
  const touched = new Set<SubProfileId>(plan.changes.map((change) => change.subProfile));
  let next = lab;
  if (touched.has('networking')) next = applyNetworking(next, hostId, profile.config, values);
  const host = next.hosts[hostId]!;
  const changed = SETTERS.reduce((h, [id, set]) => (touched.has(id) ? set(h, profile.config) : h), host);
  return { ok: true, lab: withHost(next, withConfigFiles(changed)) };
}

type Setter = (host: HostState, config: ProfileConfig) => HostState;
const withS = (host: HostState, change: Partial<HostState['services']>): HostState => ({ ...host, services: { ...host.services, ...change } });

const SETTERS: readonly (readonly [SubProfileId, Setter])[] = [
  ['storage', (host, c) => {
    const kept = (host.storage.nas ?? []).filter((m) => !c.storage.nas.some((want) => want.label === m.label));
    return { ...host, storage: { ...host.storage, nas: [...kept, ...c.storage.nas.map((m) => ({ ...m }))] } };
  }],
  ['datetime', (host, c) => withS(host, { ntpServers: [...c.datetime.ntpServers] })],
  ['security', (host, c) => withS(host, { users: [...host.services.users, ...c.security.users.filter((u) => !host.services.users.includes(u))] })],
  ['services', (host, c) => {
    let tsm = host.services.tsm;
    for (const [kind, on] of [['local', c.services.localTsm], ['remote', c.services.remoteTsm]] as const) tsm = setTsmAtBoot(runTsm(tsm, kind, on), kind, on);
    return withS(host, { tsm });
  }],
  ['advanced', (host, c) => {
    const settings = Object.entries(c.advanced).reduce((s, [name, value]) => {
      const applied = applySetting(s, name, value);
      return applied.ok ? applied.settings : s;
    }, host.storage.settings);
    return writeAdvOptions({ ...host, storage: { ...host.storage, settings } });
  }],
  ['memory', (host, c) => withS(host, { memoryReservationMB: c.memory.reservationMB })],
];

