/**
 * vCenter's inventory as every lab has it (the vcenter kit's shape, and presets of several
 * kits): the one source of which hosts vCenter manages, in which cluster. Each host's own record
 * of it (`services.managedBy`, the vCenter vpxa reports to; `services.haCluster`, whose HA agent
 * it runs) is written from the inventory by `withMembership` alone, never set elsewhere.
 */
import type { LabDraft } from '../sim/kit';
import type { HostState, LabState } from '../lab/types';
import type { LabVcenter } from './types';

export const DATACENTER = 'Datacenter01';
export const CLUSTER = 'Cluster01';

/** A lab's vCenter before any preset adds hosts to it: no server, an empty datacenter. */
export const emptyVcenter = (): LabVcenter => ({ server: null, datacenter: DATACENTER, clusters: [], hosts: {}, vms: {}, profiles: [], compliance: {} });

export const vcenterOf = (lab: LabState | LabDraft): LabVcenter => lab.vcenter ?? emptyVcenter();

/** Each host's own record of the inventory (vpxa's vCenter, the HA agent's cluster), written from it. */
export function withMembership(lab: LabState): LabState {
  const { server } = lab.vcenter;
  let hosts: Record<string, HostState> | null = null;
  for (const [id, host] of Object.entries(lab.hosts)) {
    const entry = Object.hasOwn(lab.vcenter.hosts, id) ? lab.vcenter.hosts[id] : undefined;
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
