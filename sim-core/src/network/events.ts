/** The network kit's event handlers: vCenter actions and the reader's traffic controls. */
import type { LabEvent, LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { networkOf, pickDvSwitch, withDvSwitch, withNetwork } from './state';
import type { NetworkEvent } from './types';
import { applyDvsChange, setDemand, setLimit, setShares, setTeaming, type Change } from './vcenter';
import { TEAMING_POLICIES, type DvSwitch, type TeamingPolicyId } from './types';

type Handler = (lab: LabState, event: LabEvent) => LabState;

/** Applies a change to the dvSwitch an event names; an invalid change leaves the lab as it was. */
function onDvs(lab: LabState, name: string | undefined, change: (dvs: DvSwitch) => Change<DvSwitch>): LabState {
  const network = networkOf(lab);
  const dvs = network && pickDvSwitch(network, name);
  if (!network || !dvs) return lab;
  const result = change(dvs);
  return result.ok ? withNetwork(lab, withDvSwitch(network, result.value)) : lab;
}

function handle(lab: LabState, event: NetworkEvent): LabState {
  switch (event.type) {
    case 'nioc-shares':
      return onDvs(lab, event.dvSwitch, (dvs) => setShares(dvs, event.pool, event.shares));
    case 'nioc-limit':
      return onDvs(lab, event.dvSwitch, (dvs) => setLimit(dvs, event.pool, event.limitMbps));
    case 'nioc-enabled':
      return onDvs(lab, event.dvSwitch, (dvs) => ({ ok: true, value: { ...dvs, nioc: { ...dvs.nioc, enabled: Boolean(event.enabled) } } }));
    case 'dvs-change': {
      const traffic = networkOf(lab)?.traffic ?? null;
      return onDvs(lab, event.dvSwitch, (dvs) => applyDvsChange(dvs, event.change, traffic));
    }
    case 'teaming': {
      if (!TEAMING_POLICIES.includes(event.policy)) return lab;
      if (event.host !== undefined) return standardTeaming(lab, event.host, event.portGroup, event.policy);
      const network = networkOf(lab);
      const dvs = network && pickDvSwitch(network, event.dvSwitch);
      if (!network || !dvs) return lab;
      const result = setTeaming(network, dvs, event.portGroup, event.policy);
      return result.ok ? withNetwork(lab, result.value) : lab;
    }
    case 'net-demand': {
      const network = networkOf(lab);
      if (!network?.traffic) return lab;
      const result = setDemand(network.traffic, event.host, { port: event.port, pool: event.pool }, Number(event.mbps), lab.clock.nowMs);
      return result.ok ? withNetwork(lab, { ...network, traffic: result.value }) : lab;
    }
    case 'nic-link': {
      const host = lab.hosts[event.host];
      const net = host?.network;
      if (!host || !net || !net.nics.some((nic) => nic.name === event.vmnic)) return lab;
      return withHost(lab, { ...host, network: { ...net, nics: net.nics.map((nic) => (nic.name === event.vmnic ? { ...nic, link: event.up ? 'Up' : 'Down' } : nic)) } });
    }
  }
}

/** "Route based on physical NIC load" is a dvSwitch policy: a standard port group refuses it. */
function standardTeaming(lab: LabState, hostId: string, portGroup: string, policy: TeamingPolicyId): LabState {
  const host = lab.hosts[hostId];
  const net = host?.network;
  if (!host || !net || policy === 'loadBased') return lab;
  if (!net.vswitches.some((sw) => sw.portGroups.some((pg) => pg.name === portGroup))) return lab;
  const vswitches = net.vswitches.map((sw) => ({ ...sw, portGroups: sw.portGroups.map((pg) => (pg.name === portGroup ? { ...pg, teaming: policy } : pg)) }));
  return withHost(lab, { ...host, network: { ...net, vswitches } });
}

const TYPES: readonly NetworkEvent['type'][] = ['net-demand', 'nioc-shares', 'nioc-limit', 'nioc-enabled', 'teaming', 'dvs-change', 'nic-link'];

export const NETWORK_EVENTS: Readonly<Record<string, Handler>> = Object.fromEntries(
  TYPES.map((type) => [type, (lab: LabState, event: LabEvent) => (event.type === type ? handle(lab, event as NetworkEvent) : lab)]),
);
