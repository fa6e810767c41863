/**
 * The shared arrays the storage presets add to their labs (each host's local disk comes with
 * every lab). The array is an EMC CLARiiON-style box (naa.60060160... is its vendor prefix);
 * sizes are illustrative.
 */
import { LAB_EPOCH_MS } from '../lab/epoch';
import { DEFAULT_ARRAY_COPY_MBPS, DEFAULT_ARRAY_ZERO_MBPS, advanceCopy, planCopy, type MoverJob } from './data-mover';
import { MB } from './progress';
import type { Datastore, Lun, StorageJob } from './types';

/** What a preset adds to the lab's storage: an array's LUNs, the datastores on them, past jobs. */
export interface SharedArray {
  luns: Lun[];
  datastores: Datastore[];
  jobs?: StorageJob[];
}

export const GB = 1024 * MB;
export const ARRAY = 'CX4-240';

export function lun(id: string, label: string, sizeMB: number, hosts: readonly string[], vaai = true): Lun {
  return {
    id,
    label,
    array: ARRAY,
    vendor: 'DGC',
    model: 'RAID 5',
    sizeMB,
    throughput: { copyMBps: DEFAULT_ARRAY_COPY_MBPS, zeroMBps: DEFAULT_ARRAY_ZERO_MBPS },
    vaai: { clone: vaai, zero: vaai, ats: vaai },
    vaaiStatus: Object.fromEntries(hosts.map((host) => [host, 'unknown'])),
  };
}

export const LUN_A = 'naa.60060160a0b01c00d2f5a3e4c1b2d311';
export const LUN_B = 'naa.60060160a0b01c00e8a1b7c49f03e411';

const web01: Datastore['files'] = { 'web01/web01.vmdk': { sizeBytes: 10 * GB, type: 'thick', hasSnapshots: false, complete: true } };

export const dsVmfs8 = (): Datastore => ({ name: 'ds-vmfs8', uuid: '4c8e5a21-7d3f9b10-2e6a-001b21a4c8d0', lun: LUN_A, blockSizeMB: 8, files: { ...web01 }, vms: ['web01'] });
export const dsVmfs1 = (files: Datastore['files'] = {}): Datastore => ({ name: 'ds-vmfs1', uuid: '4c8e5b02-1a6c2e40-91f3-001b21a4c8d0', lun: LUN_B, blockSizeMB: 1, files });

/** One host, one VAAI LUN, ds-vmfs8 with web01. */
export const vaaiArray = (): SharedArray => ({ luns: [lun(LUN_A, 'vaai-lun', 512_000, ['esx01'])], datastores: [dsVmfs8()] });

/** The clone the reader asks about: web01 copied to ds-vmfs1 an hour ago, in software. */
export function blockSizeArray(): SharedArray {
  const mover: MoverJob = planCopy({
    sizeBytes: 10 * GB,
    source: { array: ARRAY, lun: LUN_A, vmfsBlockSizeMB: 8, supportsOffload: true },
    destination: { array: ARRAY, lun: LUN_B, vmfsBlockSizeMB: 1, supportsOffload: true },
  });
  const done: MoverJob = advanceCopy(mover, 130_000);
  const copy = { 'web01-copy/web01-copy.vmdk': { sizeBytes: 10 * GB, type: 'thick' as const, hasSnapshots: false, complete: true } };
  // Creating web01-copy took an ATS on ds-vmfs1's LUN, so esx01 knows that device does VAAI; ds-vmfs8's it only read.
  const known = { ...lun(LUN_B, 'vaai-lun2', 256_000, ['esx01']), vaaiStatus: { esx01: 'supported' as const } };
  return {
    luns: [lun(LUN_A, 'vaai-lun', 512_000, ['esx01']), known],
    datastores: [dsVmfs8(), dsVmfs1(copy)],
    jobs: [{ id: 1, host: 'esx01', startedMs: LAB_EPOCH_MS - 3_600_000, finishedMs: LAB_EPOCH_MS - 3_600_000 + 128_000, source: { datastore: 'ds-vmfs8', path: 'web01/web01.vmdk' }, target: { datastore: 'ds-vmfs1', path: 'web01-copy/web01-copy.vmdk' }, mover: done }],
  };
}

export const LUN_C = 'naa.60060160a0b01c00f3c2d8e51a74f511';
export const STORM_HOSTS = ['esx01', 'esx02', 'esx03'] as const;
const STORM_VMS = Array.from({ length: 30 }, (_, i) => `vm${String(i + 1).padStart(2, '0')}`);

/** Three hosts share ds-shared (30 small VMs) on one LUN of the VAAI array, ATS included. */
export const bootStormArray = (): SharedArray => ({
  luns: [lun(LUN_C, 'storm-lun', 1_024_000, STORM_HOSTS)],
  datastores: [{
    name: 'ds-shared',
    uuid: '4c8e5c17-93b2a6e0-5d21-001b21a4c8d0',
    lun: LUN_C,
    blockSizeMB: 1,
    files: Object.fromEntries(STORM_VMS.map((vm) => [`${vm}/${vm}.vmdk`, { sizeBytes: 16 * GB, type: 'thin' as const, hasSnapshots: false, complete: true }])),
    vms: STORM_VMS,
  }],
});
