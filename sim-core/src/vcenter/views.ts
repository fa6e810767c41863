/** What the vCenter widgets show, as pure functions of the lab: the inventory tree, a host's summary, profiles and the compliance board. */
import { runningBuild } from '../boot/banks';
import type { LabState } from '../lab/types';
import { inventoryHost, reachStatus } from './inventory';
import { hostsOfProfile, profileOfHost } from './profiles/compliance';
import type { HostCompliance, HostProfile, HostSummaryView, InventoryNode } from './types';
import { vmsOn } from './vms';

/** A host's word in the tree: maintenance mode wins over connected, as vCenter's icons show it. */
function hostStatus(lab: LabState, hostId: string): string {
  const reach = reachStatus(lab, hostId);
  if (reach === 'connected' && lab.hosts[hostId]!.services.maintenanceMode) return 'maintenance';
  return reach;
}

function hostNode(lab: LabState, hostId: string): InventoryNode {
  const vms = vmsOn(lab, hostId).map((vm): InventoryNode => ({ kind: 'vm', id: vm.id, name: vm.name, status: vm.power, children: [] }));
  return { kind: 'host', id: hostId, name: lab.hosts[hostId]!.hostname, status: hostStatus(lab, hostId), children: vms };
}

/** Datacenter → clusters → hosts → VMs, and hosts outside any cluster after the clusters. Hosts vCenter does not manage are not in it. */
export function inventoryTree(lab: LabState): InventoryNode {
  const vc = lab.vcenter;
  const managed = Object.keys(lab.hosts).filter((id) => inventoryHost(lab, id));
  const clusters = vc.clusters.map((name): InventoryNode => ({ kind: 'cluster', id: name, name, status: '', children: managed.filter((id) => vc.hosts[id]!.cluster === name).map((id) => hostNode(lab, id)) }));
  const loose = managed.filter((id) => vc.hosts[id]!.cluster === null).map((id) => hostNode(lab, id));
  return { kind: 'datacenter', id: vc.datacenter, name: vc.datacenter, status: '', children: [...clusters, ...loose] };
}

/** The selected host's summary: version, connection, maintenance mode, cluster, VMs, profile and its last compliance. */
export function hostSummaryView(lab: LabState, hostId: string): HostSummaryView {
  const host = lab.hosts[hostId]!;
  const build = runningBuild(host) ?? '';
  const profile = profileOfHost(lab, hostId) ?? null;
  const last = profile ? complianceBoard(lab, profile.name).find((result) => result.host === hostId) : undefined;
  return {
    host: hostId,
    name: host.hostname,
    version: '4.1.0',
    build: build.replace(/^4\.1\.0-/, ''),
    connection: reachStatus(lab, hostId) === 'connected' ? 'connected' : 'disconnected',
    inMaintenanceMode: host.services.maintenanceMode,
    cluster: inventoryHost(lab, hostId)?.cluster ?? null,
    vms: vmsOn(lab, hostId).map((vm) => ({ name: vm.name, power: vm.power })),
    profile: profile?.name ?? null,
    compliance: last?.state ?? null,
  };
}

export function profilesOf(lab: LabState): { name: string; referenceHost: string; attachedTo: string[] }[] {
  return lab.vcenter.profiles.map((profile) => ({ name: profile.name, referenceHost: profile.referenceHost, attachedTo: [...profile.attachedTo] }));
}

/** The last check's results for a profile; empty before any check. */
export function complianceBoard(lab: LabState, profile: string | HostProfile): HostCompliance[] {
  const results = lab.vcenter.compliance;
  const name = typeof profile === 'string' ? profile : profile.name;
  return Object.hasOwn(results, name) ? results[name]! : [];
}

/** The hosts a profile is attached to now (directly or through a cluster). */
export function attachedHosts(lab: LabState, profile: string): string[] {
  const found = lab.vcenter.profiles.find((p) => p.name === profile);
  return found ? hostsOfProfile(lab, found) : [];
}

/** The lab's hosts vCenter does not manage yet (what "Add Host" offers), and its clusters. */
export const hostsOutsideVcenter = (lab: LabState): string[] => Object.keys(lab.hosts).filter((id) => !inventoryHost(lab, id));
export const clustersOf = (lab: LabState): string[] => [...lab.vcenter.clusters];
