/**
 * Changes made in vCenter to a dvSwitch (4.1: NIOC and LBT exist only there). Each is made once,
 * on the lab's dvSwitch record; every member host reads that record, so all follow at once.
 * Bad input changes nothing and says why (events cannot print; the widget shows `because`).
 */
import { isValidShares, SHARES, type NiocPoolId } from './pools';
import { meanDemand } from './traffic';
import { placePortgroup } from './placement';
import type { DvSwitch, DvsChange, LabNetwork, TeamingPolicyId, TrafficState } from './types';

export type Change<T> = { ok: true; value: T } | { ok: false; because: string };
const no = (because: string) => ({ ok: false as const, because });

export const MIN_MTU = 1500;
export const MAX_MTU = 9000;
export const MAX_DEMAND_MBPS = 10_000;
export const isVlan = (vlan: number) => Number.isInteger(vlan) && vlan >= 0 && vlan <= 4095;
export const isMtu = (mtu: number) => Number.isInteger(mtu) && mtu >= MIN_MTU && mtu <= MAX_MTU;

export function sharesValue(shares: number | 'low' | 'normal' | 'high'): number {
  return typeof shares === 'string' ? SHARES[shares] ?? Number.NaN : shares;
}

export function setShares(dvs: DvSwitch, pool: NiocPoolId, shares: number | 'low' | 'normal' | 'high'): Change<DvSwitch> {
  const value = sharesValue(shares);
  if (!Object.hasOwn(dvs.nioc.pools, pool)) return no(`no traffic pool ${pool}`);
  if (!isValidShares(value)) return no('shares are Low (25), Normal (50), High (100) or a custom whole number from 1 to 100');
  return { ok: true, value: { ...dvs, nioc: { ...dvs.nioc, pools: { ...dvs.nioc.pools, [pool]: { ...dvs.nioc.pools[pool], shares: value } } } } };
}

export function setLimit(dvs: DvSwitch, pool: NiocPoolId, limitMbps: number | null): Change<DvSwitch> {
  if (!Object.hasOwn(dvs.nioc.pools, pool)) return no(`no traffic pool ${pool}`);
  if (limitMbps !== null && !(Number.isFinite(limitMbps) && limitMbps >= 0)) return no('a host limit is a number of Mb/s, 0 or more, or none (unlimited)');
  return { ok: true, value: { ...dvs, nioc: { ...dvs.nioc, pools: { ...dvs.nioc.pools, [pool]: { ...dvs.nioc.pools[pool], limitMbps } } } } };
}

/** A dvPortgroup's load balancing; ports are placed again unless LBT takes over from where they are. */
export function setTeaming(network: LabNetwork, dvs: DvSwitch, portGroup: string, policy: TeamingPolicyId): Change<LabNetwork> {
  const pg = dvs.portGroups.find((candidate) => candidate.name === portGroup);
  if (!pg) return no(`${dvs.name} has no dvPortgroup ${portGroup}`);
  const changed: DvSwitch = { ...dvs, portGroups: dvs.portGroups.map((known) => (known === pg ? { ...pg, teaming: policy } : known)) };
  let next: LabNetwork = { ...network, dvSwitches: network.dvSwitches.map((known) => (known === dvs ? changed : known)) };
  const traffic = next.traffic;
  if (traffic && traffic.dvSwitch === dvs.name && policy !== 'loadBased') {
    const newPg = { ...pg, teaming: policy };
    const placement = Object.fromEntries(Object.entries(traffic.placement).map(([hostId, placed]) => [hostId, { ...placed, ...placePortgroup(changed, newPg, hostId, traffic.ports) }]));
    next = { ...next, traffic: { ...traffic, placement } };
  }
  return { ok: true, value: next };
}

export function applyDvsChange(dvs: DvSwitch, change: DvsChange, traffic: TrafficState | null): Change<DvSwitch> {
  switch (change.kind) {
    case 'mtu':
      return isMtu(change.mtu) ? { ok: true, value: { ...dvs, mtu: change.mtu } } : no(`the MTU is a whole number from ${MIN_MTU} to ${MAX_MTU}`);
    case 'cdp':
      return ['listen', 'advertise', 'both', 'down'].includes(change.mode) ? { ok: true, value: { ...dvs, cdp: change.mode } } : no(`CDP modes are listen, advertise, both and down`);
    case 'portgroup-add': {
      if (!change.name.trim()) return no('a dvPortgroup needs a name');
      if (dvs.portGroups.some((pg) => pg.name === change.name)) return no(`${dvs.name} already has a dvPortgroup ${change.name}`);
      if (!isVlan(change.vlan)) return no('a VLAN ID is a whole number from 0 to 4095');
      const firstPort = Math.max(0, ...dvs.portGroups.map((pg) => pg.firstPort + pg.numPorts)) + 100;
      return { ok: true, value: { ...dvs, portGroups: [...dvs.portGroups, { name: change.name, vlan: change.vlan, teaming: 'portId', active: [...dvs.uplinkNames], standby: [], firstPort, numPorts: 128 }] } };
    }
    case 'portgroup-vlan': {
      if (!isVlan(change.vlan)) return no('a VLAN ID is a whole number from 0 to 4095');
      if (!dvs.portGroups.some((pg) => pg.name === change.name)) return no(`${dvs.name} has no dvPortgroup ${change.name}`);
      return { ok: true, value: { ...dvs, portGroups: dvs.portGroups.map((pg) => (pg.name === change.name ? { ...pg, vlan: change.vlan } : pg)) } };
    }
    case 'portgroup-remove': {
      if (!dvs.portGroups.some((pg) => pg.name === change.name)) return no(`${dvs.name} has no dvPortgroup ${change.name}`);
      if (traffic?.ports.some((port) => port.portGroup === change.name)) return no(`dvPortgroup ${change.name} still has ports in use`);
      return { ok: true, value: { ...dvs, portGroups: dvs.portGroups.filter((pg) => pg.name !== change.name) } };
    }
  }
}

/** New demand for one port, remembering the 30 s mean so far for LBT. */
export function setDemand(traffic: TrafficState, hostId: string, select: { port?: string; pool?: NiocPoolId }, mbps: number, nowMs: number): Change<TrafficState> {
  if (!(Number.isFinite(mbps) && mbps >= 0 && mbps <= MAX_DEMAND_MBPS)) return no(`a demand is a number of Mb/s from 0 to ${MAX_DEMAND_MBPS}`);
  const hits = (port: TrafficState['ports'][number]) => port.host === hostId && (select.port !== undefined ? port.id === select.port || port.client === select.port || port.client.split(' ')[0] === select.port : port.pool === select.pool);
  if (select.port === undefined && select.pool === undefined) return no('say which port or which pool');
  if (!traffic.ports.some(hits)) return no(`no such port on ${hostId}`);
  const ports = traffic.ports.map((port) => (hits(port) ? { ...port, previousDemandMbps: meanDemand(port, nowMs), demandMbps: mbps, changedMs: nowMs } : port));
  return { ok: true, value: { ...traffic, ports } };
}
