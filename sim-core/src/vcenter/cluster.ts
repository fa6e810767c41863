/**
 * vCenter Server's side of a lab, as presets of several kits set it up: the hosts it manages
 * and their HA cluster (the inventory: inventory.ts).
 */
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { vmotionSwitch } from '../network/builders';
import { withServices } from '../services/actions';
import { CLUSTER } from './membership';

export { CLUSTER };

/**
 * Every host of the lab managed by the plan's vCenter Server (vpxa runs) in HA cluster
 * Cluster01, with software iSCSI enabled. Each host's record of it is written with the
 * inventory's entry, as inventory.ts's withMembership would (kept out of the lab code every
 * page fetches; the vcenter kit's invariant holds the two together).
 */
export function managedByVcenter(lab: LabState): LabState {
  const server = lab.plan.vcenter.name;
  const ids = Object.keys(lab.hosts);
  const hosts = ids.reduce((next, id) => withHost(next, withServices(next.hosts[id]!, (s) => ({ ...s, managedBy: server, haCluster: CLUSTER, softwareIscsi: true }))), lab);
  return { ...hosts, vcenter: { ...lab.vcenter, server, clusters: [CLUSTER], hosts: Object.fromEntries(ids.map((id) => [id, { cluster: CLUSTER, connection: 'connected' as const }])) } };
}

/** A vCenter cluster of the lab's hosts, each with vmk1 for vMotion on vSwitch1; vMotion is selected on the hosts listed. */
export function cluster(lab: LabState, vmotionOn: readonly string[]): LabState {
  return Object.keys(lab.hosts).reduce((next, id) => vmotionSwitch(next, id, { vmotion: vmotionOn.includes(id) }), managedByVcenter(lab));
}
