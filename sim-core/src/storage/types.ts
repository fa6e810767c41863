/**
 * The storage kit's state: devices and the VMFS-3 datastores on them live on the lab. A shared
 * array's LUNs are seen by every host; a host's local disk (and datastore1 on it) by that host
 * alone (`local` / `host`). Each host keeps its own advanced settings. Plain JSON.
 */
import type { MoverJob, MoverRates } from './data-mover';
import type { MetadataOpKind } from './locking';
import type { StorageSettings } from './settings';

export type VaaiStatus = 'unknown' | 'supported' | 'not supported';
export type DiskType = 'thin' | 'thick' | 'eagerzeroedthick';

export interface Lun {
  /** Unique in the lab: the device name (naa.60060160a0b01c00...), or `<host>:<device>` for a local disk. */
  id: string;
  /** The device name hosts show when it differs from the id (a local disk: mpx.vmhba1:C0:T0:L0). */
  device?: string;
  /** The one host that sees this device (a local disk); absent: every host of the lab (a shared LUN). */
  local?: string;
  /** The lab's short name for it (vaai-lun); hosts show the vendor display name. */
  label: string;
  array: string;
  vendor: string;
  model: string;
  sizeMB: number;
  /**
   * How fast the array copies (XCOPY) and zeroes (WRITE SAME) inside this LUN, in MB/s; a software copy
   * through the host is held to it too. Illustrative, not benchmarks; absent in labs saved before it existed.
   */
  throughput?: { copyMBps: number; zeroMBps: number };
  /** Which VAAI primitives the array implements for this LUN. */
  vaai: { clone: boolean; zero: boolean; ats: boolean };
  /** Per host: unknown until that host's first offload attempt on the device. */
  vaaiStatus: Record<string, VaaiStatus>;
}

export interface VmdkFile {
  sizeBytes: number;
  type: DiskType;
  hasSnapshots: boolean;
  /** False while a clone or zeroing job is still writing it. */
  complete: boolean;
}

export interface Datastore {
  name: string;
  uuid: string;
  lun: string;
  /** VMFS-3 block size: 1, 2, 4 or 8 MB. */
  blockSizeMB: number;
  /** Disk files by path inside the datastore, e.g. web01/web01.vmdk. */
  files: Record<string, VmdkFile>;
  /** Folders that hold a registered VM (a .vmx beside its disk); a bare clone has none. */
  vms?: string[];
  /** The one host that sees it (datastore1 on a local disk); absent: every host. */
  host?: string;
  /** The VMFS partition's size when it does not fill the device (datastore1 shares the boot disk). */
  sizeMB?: number;
}

export interface FileRef {
  /** The datastore's uuid (a name is accepted where it is unique in the lab, as in presets). */
  datastore: string;
  path: string;
}

export interface StorageJob {
  id: number;
  host: string;
  startedMs: number;
  finishedMs: number | null;
  /** Absent for zeroing (a new disk has no source). */
  source: FileRef | null;
  target: FileRef;
  mover: MoverJob;
  /** The rates this job runs at, from its LUNs' throughput (absent: the data mover's defaults). */
  rates?: MoverRates;
}

export interface LabStorage {
  luns: Lun[];
  datastores: Datastore[];
  /** Running jobs and the finished ones (the newest few), oldest first. */
  jobs: StorageJob[];
  nextJobId: number;
  /** Boot storms, oldest first (the newest few); absent until the first one. */
  storms?: BootStorm[];
  /** Metadata updates outside boot storms (a disk created), oldest first (the newest few). */
  updates?: MetadataUpdate[];
}

/** One host's VMFS metadata update on a LUN: a SCSI reservation of the whole LUN, or one ATS on its lock record. */
export interface MetadataUpdate {
  host: string;
  kind: MetadataOpKind;
  lun: string;
  atMs: number;
  ats: boolean;
}

/**
 * Many VMs on several hosts powering on at once on one datastore: every power-on changes VMFS
 * metadata. Only the inputs are stored; what happened (holds, counters) is derived (boot-storm.ts).
 */
export interface BootStorm {
  id: number;
  datastore: string;
  lun: string;
  startedMs: number;
  /** VMs each host powers on. */
  vms: Record<string, number>;
  /** ATS in effect, decided when the storm starts: a setting changed mid-storm applies to the next one. */
  ats: boolean;
  /** Why the hosts fell back to SCSI reservations; null with ATS. */
  reason: string | null;
}

export interface HostStorage {
  settings: StorageSettings;
  /** NFS exports the host mounts as NAS datastores (`esxcfg-nas -l`); absent: none. */
  nas?: NasMount[];
}

/** One NFS export mounted as a datastore: `export_1 is /vol/export_1 from 10.0.0.29 mounted`. */
export interface NasMount {
  label: string;
  server: string;
  share: string;
}

/** Storage kit events. A boot storm: many VMs power on at once (defaults: the first datastore, every host, 10 VMs each). */
export type StorageEvent =
  | { type: 'storage-workload'; workload: 'boot-storm'; datastore?: string; hosts?: string[]; vmsPerHost?: number }
  /** Clone the datastore's first VM disk on `host` (vmkfstools -i), as the VAAI lab's button does. */
  | { type: 'storage-workload'; workload: 'clone'; host: string; datastore?: string }
  /** Create an eagerzeroedthick disk on `host` (vmkfstools -c -d eagerzeroedthick). */
  | { type: 'storage-workload'; workload: 'zero'; host: string; datastore?: string; sizeGB?: number }
  /** Set one VAAI advanced setting on a host, as esxcfg-advcfg -s does (a widget toggle). */
  | { type: 'storage-setting'; host: string; name: string; value: number };
