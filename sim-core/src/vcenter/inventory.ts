/**
 * vCenter's inventory and what the hosts know of it. The inventory (`LabVcenter`) is the one
 * source: which hosts vCenter manages, in which cluster. Each host's own record of it
 * (`services.managedBy`, the vCenter vpxa reports to; `services.haCluster`, whose HA agent it
 * runs) is written from the inventory by `withMembership` alone, never set elsewhere.
 */
import type { LabDraft } from '../sim/kit';
import type { HostState, LabState } from '../lab/types';
import type { HostConnection, InventoryHost, LabVcenter } from './types';

export const DATACENTER = 'Datacenter01';
export const CLUSTER = 'Cluster01';

/** A lab's vCenter before any preset adds hosts to it: no server, an empty datacenter. */
export const emptyVcenter = (): LabVcenter => ({ server: null, datacenter: DATACENTER, clusters: [], hosts: {}, vms: {}, profiles: [], compliance: {} });

export const vcenterOf = (lab: LabState | LabDraft): LabVcenter => lab.vcenter ?? emptyVcenter();

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

/** Each host's own record of the inventory (vpxa's vCenter, the HA agent's cluster), written from it. */
export function withMembership(lab: LabState): LabState {
  const { server } = lab.vcenter;
  let hosts: Record<string, HostState> | null = null;
  for (const [id, host] of Object.entries(lab.hosts)) {
    const entry = inventoryHost(lab, id);
    const managedBy = entry && server ? server : null;
    const haCluster = entry?.cluster ?? null;
    if (host.services.managedBy === managedBy && host.services.haCluster === haCluster) continue;
    hosts ??= { ...lab.hosts };
    hosts[id] = { ...host, services: { ...host.services, managedBy, haCluster } };
  }
  return hosts ? { ...lab, hosts } : lab;
}

/** The lab with vCenter's inventory changed, and the hosts' record of it following. */
export const withVcenter = (lab: LabState, change: (vc: LabVcenter) => LabVcenter): LabState => withMembership({ ...lab, vcenter: change(lab.vcenter) });

/**
 * Hosts added to vCenter (the plan's vc01), connected, in `cluster` (null: straight in the
 * datacenter). A preset's way in; readers use vc-add-host.
 */
export function addHosts(lab: LabState, hostIds: readonly string[], cluster: string | null): LabState {
  return withVcenter(lab, (vc) => ({
    ...vc,
    server: lab.plan.vcenter.name,
    clusters: cluster && !vc.clusters.includes(cluster) ? [...vc.clusters, cluster] : vc.clusters,
    hosts: { ...vc.hosts, ...Object.fromEntries(hostIds.map((id) => [id, { cluster, connection: 'connected' as const }])) },
  }));
}

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
