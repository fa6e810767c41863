/** vCenter's view of the hosts it manages: whether it reaches them, which cluster holds them, and the inventory's invariants. */
import type { LabState } from '../lab/types';
import { withMembership } from './membership';
import type { HostConnection, InventoryHost } from './types';

export { DATACENTER, CLUSTER, emptyVcenter, withMembership, withVcenter, addHosts } from './membership';

export const inventoryHost = (lab: LabState, hostId: string): InventoryHost | undefined =>
  Object.hasOwn(lab.vcenter.hosts, hostId) ? lab.vcenter.hosts[hostId] : undefined;

/**
 * Whether vCenter reaches the host now: it was not disconnected, the host runs, and its agents
 * (hostd, and vpxa that passes vCenter's work to it) run. Otherwise vCenter shows it
 * disconnected (or not responding) and can neither check nor change it.
 */
export function connectionOf(lab: LabState, hostId: string): HostConnection {
  return reachStatus(lab, hostId) === 'connected' ? 'connected' : 'disconnected';
}

/** The inventory's word for a host: connected, disconnected (by a reader), or notResponding (down, or its agents stopped). */
export function reachStatus(lab: LabState, hostId: string): 'connected' | 'disconnected' | 'notResponding' | 'unmanaged' {
  const entry = inventoryHost(lab, hostId);
  const host = lab.hosts[hostId];
  if (!entry || !host) return 'unmanaged';
  if (entry.connection === 'disconnected') return 'disconnected';
  const agents = host.services.running.hostd === true && host.services.running.vpxa === true;
  return host.console.screen === 'running' && agents ? 'connected' : 'notResponding';
}

/** The hosts of a cluster, in host order. */
export const clusterHosts = (lab: LabState, cluster: string): string[] =>
  Object.keys(lab.hosts).filter((id) => inventoryHost(lab, id)?.cluster === cluster);

/** The inventory's own invariants: the hosts' records agree with it, and it names only hosts and clusters that exist. */
export function inventoryInvariants(lab: LabState): string[] {
  const problems: string[] = [];
  const vc = lab.vcenter;
  if (!vc) return ['the lab has no vCenter part'];
  for (const [id, entry] of Object.entries(vc.hosts)) {
    if (!lab.hosts[id]) problems.push(`vCenter manages ${id}, which the lab does not have`);
    if (entry.cluster !== null && !vc.clusters.includes(entry.cluster)) problems.push(`${id} is in cluster ${entry.cluster}, which vCenter does not have`);
  }
  if (withMembership(lab) !== lab) problems.push('a host\'s vCenter or HA cluster differs from vCenter\'s inventory');
  return problems;
}
