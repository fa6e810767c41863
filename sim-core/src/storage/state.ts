/** Reading and changing the storage kit's state inside a lab. Pure functions. */
import { writeAdvOptions } from './esx-conf';
import type { HostState, LabState } from '../lab/types';
import { DEFAULT_STORAGE_SETTINGS, applySetting, type ApplyResult, type StorageSettings } from './settings';
import { VMFS_OVERHEAD_BYTES, syncVolumes } from './volumes';
import { datastoresOf, hostSees } from './visible';
import { MB } from './progress';
import type { Datastore, FileRef, LabStorage, Lun, VaaiStatus, VmdkFile } from './types';

export const VOLUMES = '/vmfs/volumes';

/** The lab's storage: every host's local disk and datastore1, and any shared array. */
export const storageOf = (lab: LabState): LabStorage => lab.storage;

/** The lab with new storage state; the hosts' /vmfs/volumes follow it (volumes.ts). */
export const withStorage = (lab: LabState, storage: LabStorage): LabState => syncVolumes({ ...lab, storage }, storage);

export const settingsOf = (host: HostState | undefined): StorageSettings => host?.storage.settings ?? DEFAULT_STORAGE_SETTINGS;

/** The lab with one host setting changed, or the validation error. */
export function setHostSetting(lab: LabState, hostId: string, name: string, value: number): { ok: true; lab: LabState } | { ok: false; message: string } {
  const host = lab.hosts[hostId];
  if (!host) return { ok: false, message: `no host ${hostId}` };
  const applied: ApplyResult = applySetting(settingsOf(host), name, value);
  if (!applied.ok) return { ok: false, message: applied.error.message };
  // The value goes into esx.conf at once, as the real tools write it.
  const changed = writeAdvOptions({ ...host, storage: { ...host.storage, settings: applied.settings } });
  return { ok: true, lab: { ...lab, hosts: { ...lab.hosts, [hostId]: changed } } };
}

export { datastoresOf, lunsOf } from './visible';

/** A datastore by uuid, or by name among those the host sees (datastore1 is a name every host has). */
export const datastoreByName = (s: LabStorage, name: string, hostId?: string): Datastore | undefined =>
  s.datastores.find((ds) => ds.uuid === name) ?? datastoresOf(s, hostId).find((ds) => ds.name === name);
export const lunById = (s: LabStorage, id: string): Lun | undefined => s.luns.find((lun) => lun.id === id);
export const lunOf = (s: LabStorage, ds: Datastore): Lun => lunById(s, ds.lun)!;
export const fileOf = (s: LabStorage, ref: FileRef): VmdkFile | undefined => datastoreByName(s, ref.datastore)?.files[ref.path];
/** The name a host shows for a device: naa.… for a shared LUN, mpx.vmhba1:C0:T0:L0 for a local disk. */
export const deviceName = (lun: Lun): string => lun.device ?? lun.id;

/** /vmfs/volumes/<name or uuid>/<path> (already resolved against the cwd) as a file on a datastore the host sees, or null. */
export function refOfPath(s: LabStorage, absolute: string, hostId: string): FileRef | null {
  const parts = absolute.split('/').filter(Boolean);
  if (parts[0] !== 'vmfs' || parts[1] !== 'volumes' || parts.length < 4) return null;
  const ds = datastoreByName(s, parts[2]!, hostId);
  return ds && hostSees(hostId, ds) ? { datastore: ds.uuid, path: parts.slice(3).join('/') } : null;
}

/** The path a reader knows a file by: /vmfs/volumes/<datastore name>/<path>. */
export const pathOfRef = (s: LabStorage, ref: FileRef): string => `${VOLUMES}/${datastoreByName(s, ref.datastore)?.name ?? ref.datastore}/${ref.path}`;

export function withFile(s: LabStorage, ref: FileRef, file: VmdkFile): LabStorage {
  const target = datastoreByName(s, ref.datastore);
  return { ...s, datastores: s.datastores.map((ds) => (ds === target ? { ...ds, files: { ...ds.files, [ref.path]: file } } : ds)) };
}

export function withLun(s: LabStorage, lun: Lun): LabStorage {
  return { ...s, luns: s.luns.map((known) => (known.id === lun.id ? lun : known)) };
}

/** Bytes a datastore can hold: its LUN less what VMFS keeps for itself (as `df` counts it). */
export const capacityBytes = (s: LabStorage, ds: Datastore): number => (ds.sizeMB ?? lunOf(s, ds).sizeMB) * MB - VMFS_OVERHEAD_BYTES;

/** Bytes still free: every disk counts in full, running jobs' targets included (their space is taken up front). */
export const freeBytes = (s: LabStorage, ds: Datastore): number =>
  capacityBytes(s, ds) - Object.values(ds.files).reduce((sum, file) => sum + file.sizeBytes, 0);

/** A host's VAAI Status for a device after an offload attempt; once supported it stays so. */
export function recordStatus(s: LabStorage, lunId: string, host: string, status: VaaiStatus | null): LabStorage {
  const lun = s.luns.find((known) => known.id === lunId);
  if (!lun || !status || lun.vaaiStatus[host] === 'supported') return s;
  return withLun(s, { ...lun, vaaiStatus: { ...lun.vaaiStatus, [host]: status } });
}
