/**
 * Every host's storage as the installer leaves it: one local disk, which ESXi names
 * mpx.vmhba1:C0:T0:L0 (a device without a SCSI identifier of its own), holding the boot
 * partitions and, on an install to disk, datastore1 (VMFS-3, 1 MB blocks) on the rest.
 * The disk is an illustrative 146 GB RAID volume; local disks do no VAAI.
 */
import type { BareHost } from '../lab/host';
import type { LabState } from '../lab/types';
import type { LabDraft } from '../sim/kit';
import { DEFAULT_STORAGE_SETTINGS } from './settings';
import type { Datastore, HostStorage, LabStorage, Lun } from './types';
import { syncVolumes } from './volumes';

export const LOCAL_DEVICE = 'mpx.vmhba1:C0:T0:L0';
const LOCAL_DISK_MB = 139_236;
/** What the boot, store, vmkcore and scratch partitions take before datastore1 (esxi-facts.md: about 5 GB). */
const SYSTEM_PARTITIONS_MB = 4 + 250 + 250 + 110 + 286 + 4_095;

export function localLun(hostId: string): Lun {
  return {
    id: `${hostId}:${LOCAL_DEVICE}`,
    device: LOCAL_DEVICE,
    local: hostId,
    label: 'local disk',
    array: `${hostId} local`,
    vendor: 'LSILOGIC',
    model: 'Logical Volume',
    sizeMB: LOCAL_DISK_MB,
    throughput: { copyMBps: 80, zeroMBps: 160 },
    vaai: { clone: false, zero: false, ats: false },
    vaaiStatus: { [hostId]: 'unknown' },
  };
}

function datastore1(host: BareHost, lun: Lun): Datastore[] {
  const volume = host.disk.datastores[0];
  return volume ? [{ name: volume.label, uuid: volume.uuid, lun: lun.id, blockSizeMB: 1, files: {}, host: host.id, sizeMB: LOCAL_DISK_MB - SYSTEM_PARTITIONS_MB }] : [];
}

export const defaultHostStorage = (): HostStorage => ({ settings: DEFAULT_STORAGE_SETTINGS });

/** The lab's storage before any array: each host's local disk and its datastore1, mounted on that host. */
export function withLocalStorage(lab: LabDraft): LabDraft {
  const hosts = Object.values(lab.hosts);
  const luns = hosts.map((host) => localLun(host.id));
  const storage: LabStorage = { luns, datastores: hosts.flatMap((host, i) => datastore1(host, luns[i]!)), jobs: [], nextJobId: 1 };
  // The draft's hosts are whole by now: only the lab's network may still be missing, which syncing volumes does not read.
  return syncVolumes({ ...lab, storage } as LabState, storage);
}
