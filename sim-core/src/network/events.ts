/**
 * The network kit's events: vCenter actions (NIOC shares and limits, teaming, dvSwitch
 * changes) and the reader's traffic and cable controls. Bad input changes nothing and says
 * why, in words a widget shows as they are.
 */
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { EVENT_TEXT } from '../messages/events';
import type { EventHandler } from '../sim/kit';
import { accept, eventHost, fieldsOf, isOutcome, refuse, type Outcome } from '../sim/outcome';
import { NET_REFUSALS } from './refusals';
import { NIOC_POOL_IDS, type NiocPoolId } from './pools';
import { networkOf, pickDvSwitch, withDvSwitch, withNetwork } from './state';
import { TEAMING_POLICIES, type CdpMode, type DvsChange, type DvSwitch, type TeamingPolicyId } from './types';
import { applyDvsChange, setDemand, setLimit, setShares, setTeaming, type Change } from './vcenter';

type Fields = Readonly<Record<string, unknown>>;

const optionalName = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';
const isPool = (value: unknown): value is NiocPoolId => NIOC_POOL_IDS.includes(value as NiocPoolId);
const bad = (lab: LabState, type: string, field: string, expected: string) => refuse(lab, 'malformed', EVENT_TEXT.badField(type, field, expected));

/** Applies a change to the dvSwitch an event names (or the lab's first). */
function onDvs(lab: LabState, fields: Fields, change: (dvs: DvSwitch) => Change<DvSwitch>): Outcome {
  if (!optionalName(fields.dvSwitch)) return bad(lab, String(fields.type), 'dvSwitch', 'a dvSwitch name');
  const network = networkOf(lab);
  const dvs = pickDvSwitch(network, fields.dvSwitch);
  if (!dvs) return refuse(lab, 'invalid', fields.dvSwitch === undefined ? NET_REFUSALS.noDvSwitch : NET_REFUSALS.noSuchDvSwitch(fields.dvSwitch));
  const result = change(dvs);
  return result.ok ? accept(withNetwork(lab, withDvSwitch(network, result.value))) : refuse(lab, 'invalid', result.because);
}

const shares: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  if (!isPool(f.pool)) return bad(lab, 'nioc-shares', 'pool', `one of ${NIOC_POOL_IDS.join(', ')}`);
  if (typeof f.shares !== 'number' && typeof f.shares !== 'string') return bad(lab, 'nioc-shares', 'shares', 'a number or low, normal, high');
  return onDvs(lab, f, (dvs) => setShares(dvs, f.pool as NiocPoolId, f.shares as number));
};

const limit: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  if (!isPool(f.pool)) return bad(lab, 'nioc-limit', 'pool', `one of ${NIOC_POOL_IDS.join(', ')}`);
  if (f.limitMbps !== null && typeof f.limitMbps !== 'number') return bad(lab, 'nioc-limit', 'limitMbps', 'a number of Mb/s or null');
  return onDvs(lab, f, (dvs) => setLimit(dvs, f.pool as NiocPoolId, f.limitMbps as number | null));
};

const enabled: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  if (typeof f.enabled !== 'boolean') return bad(lab, 'nioc-enabled', 'enabled', 'true or false');
  return onDvs(lab, f, (dvs) => ({ ok: true, value: { ...dvs, nioc: { ...dvs.nioc, enabled: f.enabled as boolean } } }));
};

/** A vCenter change as the event spells it, each field checked; null when malformed. */
function dvsChangeOf(value: unknown): DvsChange | null {
  const c = fieldsOf(value);
  if (!c) return null;
  const num = (field: string) => typeof c[field] === 'number';
  const text = (field: string) => typeof c[field] === 'string';
  switch (c.kind) {
    case 'mtu': return num('mtu') ? { kind: 'mtu', mtu: c.mtu as number } : null;
    // applyDvsChange checks that the mode is one CDP has.
    case 'cdp': return text('mode') ? { kind: 'cdp', mode: c.mode as CdpMode } : null;
    case 'portgroup-add': return text('name') && num('vlan') ? { kind: 'portgroup-add', name: c.name as string, vlan: c.vlan as number } : null;
    case 'portgroup-vlan': return text('name') && num('vlan') ? { kind: 'portgroup-vlan', name: c.name as string, vlan: c.vlan as number } : null;
    case 'portgroup-remove': return text('name') ? { kind: 'portgroup-remove', name: c.name as string } : null;
    default: return null;
  }
}

const dvsChange: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  const change = dvsChangeOf(f.change);
  if (!change) return bad(lab, 'dvs-change', 'change', 'a change (mtu, cdp, portgroup-add, portgroup-vlan or portgroup-remove) with its fields');
  return onDvs(lab, f, (dvs) => applyDvsChange(dvs, change, networkOf(lab).traffic));
};

const teaming: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  if (!TEAMING_POLICIES.includes(f.policy as TeamingPolicyId)) return bad(lab, 'teaming', 'policy', `one of ${TEAMING_POLICIES.join(', ')}`);
  if (typeof f.portGroup !== 'string') return bad(lab, 'teaming', 'portGroup', 'a port group name');
  const policy = f.policy as TeamingPolicyId;
  if (f.host !== undefined) return standardTeaming(lab, f, f.portGroup, policy);
  if (!optionalName(f.dvSwitch)) return bad(lab, 'teaming', 'dvSwitch', 'a dvSwitch name');
  const network = networkOf(lab);
  const dvs = pickDvSwitch(network, f.dvSwitch);
  if (!dvs) return refuse(lab, 'invalid', NET_REFUSALS.noDvSwitch);
  const result = setTeaming(network, dvs, f.portGroup, policy);
  return result.ok ? accept(withNetwork(lab, result.value)) : refuse(lab, 'invalid', result.because);
};

/** "Route based on physical NIC load" is a dvSwitch policy: a standard port group refuses it. */
function standardTeaming(lab: LabState, f: Fields, portGroup: string, policy: TeamingPolicyId): Outcome {
  const host = eventHost(lab, f, false);
  if (isOutcome(host)) return host;
  if (policy === 'loadBased') return refuse(lab, 'invalid', NET_REFUSALS.loadBasedNeedsDvs);
  const net = host.network;
  if (!net.vswitches.some((sw) => sw.portGroups.some((pg) => pg.name === portGroup))) return refuse(lab, 'invalid', NET_REFUSALS.noPortGroup(host.id, portGroup));
  const vswitches = net.vswitches.map((sw) => ({ ...sw, portGroups: sw.portGroups.map((pg) => (pg.name === portGroup ? { ...pg, teaming: policy } : pg)) }));
  return accept(withHost(lab, { ...host, network: { ...net, vswitches } }));
}

const demand: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  const host = eventHost(lab, f, false);
  if (isOutcome(host)) return host;
  if (typeof f.mbps !== 'number') return bad(lab, 'net-demand', 'mbps', 'a number of Mb/s');
  if (!optionalName(f.port) || (f.pool !== undefined && !isPool(f.pool))) return bad(lab, 'net-demand', 'port or pool', 'a port id or a pool');
  const network = networkOf(lab);
  if (!network.traffic) return refuse(lab, 'invalid', NET_REFUSALS.noTraffic);
  const result = setDemand(network.traffic, host.id, { port: f.port, pool: f.pool as NiocPoolId | undefined }, f.mbps, lab.clock.nowMs);
  return result.ok ? accept(withNetwork(lab, { ...network, traffic: result.value })) : refuse(lab, 'invalid', result.because);
};

const nicLink: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  const host = eventHost(lab, f, false);
  if (isOutcome(host)) return host;
  if (typeof f.up !== 'boolean') return bad(lab, 'nic-link', 'up', 'true or false');
  const net = host.network;
  if (!net.nics.some((nic) => nic.name === f.vmnic)) return refuse(lab, 'invalid', NET_REFUSALS.noNicOnHost(host.id, String(f.vmnic).slice(0, 40)));
  return accept(withHost(lab, { ...host, network: { ...net, nics: net.nics.map((nic) => (nic.name === f.vmnic ? { ...nic, link: f.up ? 'Up' : 'Down' } : nic)) } }));
};

export const NETWORK_EVENTS: Readonly<Record<string, EventHandler>> = {
  'net-demand': demand,
  'nioc-shares': shares,
  'nioc-limit': limit,
  'nioc-enabled': enabled,
  teaming,
  'dvs-change': dvsChange,
  'nic-link': nicLink,
};
