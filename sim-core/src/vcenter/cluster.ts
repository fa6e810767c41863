/**
 * vCenter Server's side of a lab, as presets of several kits set it up: the hosts it manages
 * and their HA cluster (the inventory: inventory.ts).
 */
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { vmotionSwitch } from '../network/builders';
import { withServices } from '../services/actions';
import { addHosts, CLUSTER } from './membership';

export { CLUSTER };

/**
 * Every host of the lab managed by the plan's vCenter Server (vpxa runs) in HA cluster
 * Cluster01, with software iSCSI enabled.
 */
export function managedByVcenter(lab: LabState): LabState {
  const iscsi = Object.values(lab.hosts).reduce((next, host) => withHost(next, withServices(host, (s) => ({ ...s, softwareIscsi: true }))), lab);
  return addHosts(iscsi, Object.keys(lab.hosts), CLUSTER);
}

/** A vCenter cluster of the lab's hosts, each with vmk1 for vMotion on vSwitch1; vMotion is selected on the hosts listed. */
export function cluster(lab: LabState, vmotionOn: readonly string[]): LabState {
  return Object.keys(lab.hosts).reduce((next, id) => vmotionSwitch(next, id, { vmotion: vmotionOn.includes(id) }), managedByVcenter(lab));
}
