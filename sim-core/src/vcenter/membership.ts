/**
 * vCenter's inventory as every lab has it (the vcenter kit's shape, and presets of several
 * kits): its names and its empty start. What changes it is in inventory.ts (vCenter's code) and
 * cluster.ts (the presets' vCenter).
 */
import type { LabVcenter } from './types';

export const DATACENTER = 'Datacenter01';
export const CLUSTER = 'Cluster01';

/** A lab's vCenter before any preset adds hosts to it: no server, an empty datacenter. */
export const emptyVcenter = (): LabVcenter => ({ server: null, datacenter: DATACENTER, clusters: [], hosts: {}, vms: {}, profiles: [], compliance: {} });
