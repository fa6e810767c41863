/**
 * Where a host differs from a profile, difference by difference: each says why the host is not
 * compliant (a compliance reason) and what applying the profile does about it (a change in the
 * wizard). Only what the profile holds is compared: a switch or user the host has beyond it is
 * the host's own business (the lab's rule [guess]). Pure: the same profile and host give the
 * same differences.
 */
import type { HostState, LabState } from '../../lab/types';
import { vmkMtu } from '../../network/state';
import { TEAMING_LABELS } from '../../network/teaming';
import { PROFILE_TEXT as T } from '../../messages/profiles';
import type { ProfileConfig, SubProfileId } from '../types';

export interface Difference {
  subProfile: SubProfileId;
  reason: string;
  change: string;
  /** When the change must wait for maintenance mode (the lab's rule [guess]: anything that can cut a VM's network or memory). */
  needsMaintenance: boolean;
  /** The VMkernel NIC this difference creates, so the wizard asks for its address. */
  createsVmknic?: string;
}

export const SUB_PROFILES: readonly SubProfileId[] = ['networking', 'storage', 'datetime', 'security', 'services', 'advanced', 'memory'];

/** The vmnics of a list that the host has: a NIC the host lacks is not asked of it. */
export const ownNics = (host: HostState, vmnics: readonly string[]): string[] => vmnics.filter((name) => host.network.nics.some((nic) => nic.name === name));

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());

function networking(lab: LabState, host: HostState, config: ProfileConfig): Difference[] {
  const out: Difference[] = [];
  const net = (reason: string, change: string, createsVmknic?: string): Difference => ({ subProfile: 'networking', reason, change, needsMaintenance: true, ...(createsVmknic ? { createsVmknic } : {}) });
  for (const want of config.networking.dvsUplinks) {
    const dvs = lab.network.dvSwitches.find((sw) => sw.name === want.dvSwitch);
    if (!dvs) continue;
    const has = Object.hasOwn(dvs.hosts, host.id) ? dvs.hosts[host.id]! : null;
    const wants = ownNics(host, want.vmnics);
    if (has === null || !sameList(has, wants)) out.push(net(T.dvsUplinks(dvs.name, has, wants), T.change.dvs(dvs.name)));
  }
  for (const want of config.networking.vswitches) {
    const sw = host.network.vswitches.find((candidate) => candidate.name === want.name);
    if (!sw) {
      out.push(net(T.vswitchMissing(want.name), T.change.vswitchCreate(want.name, want.mtu)));
      continue;
    }
    const change = T.change.vswitch(sw.name);
    if (sw.mtu !== want.mtu) out.push(net(T.vswitchMtu(sw.name, sw.mtu, want.mtu), change));
    const uplinks = ownNics(host, want.uplinks);
    if (!sameSet(sw.uplinks, uplinks)) out.push(net(T.vswitchUplinks(sw.name, sw.uplinks, uplinks), change));
    for (const pgWant of want.portGroups) {
      const pg = sw.portGroups.find((candidate) => candidate.name === pgWant.name);
      if (!pg) out.push(net(T.portGroupMissing(pgWant.name, sw.name), change));
      else {
        if (pg.vlan !== pgWant.vlan) out.push(net(T.portGroupVlan(pg.name, pg.vlan, pgWant.vlan), change));
        if (pg.teaming !== pgWant.teaming) out.push(net(T.portGroupTeaming(pg.name, TEAMING_LABELS[pg.teaming], TEAMING_LABELS[pgWant.teaming]), change));
      }
    }
  }
  for (const want of config.networking.vmknics) {
    const nic = host.network.vmknics.find((candidate) => candidate.name === want.name);
    if (!nic) {
      out.push(net(T.vmknicMissing(want.name, want.portGroup), T.change.vmknicCreate(want.name, want.portGroup), want.name));
      continue;
    }
    const change = T.change.vmknic(nic.name);
    if (nic.portGroup !== want.portGroup) out.push(net(T.vmknicPortGroup(nic.name, nic.portGroup, want.portGroup), change));
    if (vmkMtu(nic) !== want.mtu) out.push(net(T.vmknicMtu(nic.name, vmkMtu(nic), want.mtu), change));
    if (nic.vmotion !== want.vmotion) out.push(net(T.vmknicVmotion(nic.name, want.vmotion), change));
  }
  return out;
}

function rest(host: HostState, config: ProfileConfig): Difference[] {
  const s = host.services;
  const out: Difference[] = [];
  const add = (subProfile: SubProfileId, reason: string, change: string, needsMaintenance = false) => out.push({ subProfile, reason, change, needsMaintenance });
  for (const mount of config.storage.nas) {
    const has = (host.storage.nas ?? []).some((m) => m.label === mount.label && m.server === mount.server && m.share === mount.share);
    if (!has) add('storage', T.nasMissing(mount.label, mount.server, mount.share), T.change.nas(mount.label));
  }
  if (!sameSet(s.ntpServers, config.datetime.ntpServers)) add('datetime', T.ntp(s.ntpServers, config.datetime.ntpServers), T.change.ntp(config.datetime.ntpServers));
  for (const user of config.security.users) if (!s.users.includes(user)) add('security', T.userMissing(user), T.change.user(user));
  if (s.tsm.local !== config.services.localTsm) add('services', T.tsm('local', s.tsm.local), T.change.tsm('local', config.services.localTsm));
  if (s.tsm.remote !== config.services.remoteTsm) add('services', T.tsm('remote', s.tsm.remote), T.change.tsm('remote', config.services.remoteTsm));
  for (const [name, value] of Object.entries(config.advanced)) {
    const has = (host.storage.settings as Record<string, number>)[name];
    if (has !== undefined && has !== value) add('advanced', T.advanced(name, has, value), T.change.advanced(name, value));
  }
  if (s.memoryReservationMB !== config.memory.reservationMB) add('memory', T.memory(s.memoryReservationMB, config.memory.reservationMB), T.change.memory(config.memory.reservationMB), true);
  return out;
}

/** Every difference between the host and the profile, networking first. */
export const differences = (lab: LabState, host: HostState, config: ProfileConfig): Difference[] => [...networking(lab, host, config), ...rest(host, config)];
