/**
 * What the VAAI lab widget asks for without typing: change a VAAI setting, clone a VM's disk,
 * create an eagerzeroedthick disk. The same operations the shell runs (esxcfg-advcfg -s,
 * vmkfstools -i, vmkfstools -c -d eagerzeroedthick), picked with defaults so one button is enough;
 * events may come from a saved lab, so anything malformed leaves the lab unchanged.
 */
import type { LabState } from '../lab/types';
import { startClone, startZero } from './jobs';
import { GB } from './layouts';
import { datastoreByName, freeBytes, setHostSetting, storageOf } from './state';
import type { Datastore, FileRef } from './types';

/** Size of the widget's eagerzeroedthick disk when none is asked for. */
export const ZERO_DISK_GB = 10;
const MAX_ZERO_DISK_GB = 64;

const hostOk = (lab: LabState, host: unknown): host is string => typeof host === 'string' && Object.hasOwn(lab.hosts, host);

export function changeSetting(lab: LabState, host: unknown, name: unknown, value: unknown): LabState {
  if (!hostOk(lab, host) || typeof name !== 'string' || typeof value !== 'number') return lab;
  const set = setHostSetting(lab, host, name, value);
  return set.ok ? set.lab : lab;
}

const pickDatastore = (lab: LabState, name: unknown): Datastore | undefined => {
  const s = storageOf(lab);
  if (!s) return undefined;
  return typeof name === 'string' ? datastoreByName(s, name) : s.datastores[0];
};

/** The disk a clone starts from: the first registered VM's complete disk, else any complete disk. */
export function cloneSource(ds: Datastore): FileRef | null {
  const paths = Object.keys(ds.files).filter((path) => ds.files[path]!.complete);
  const vms = ds.vms ?? [];
  const path = paths.find((candidate) => vms.includes(candidate.split('/')[0]!)) ?? paths[0];
  return path ? { datastore: ds.name, path } : null;
}

/** `<stem>-<n>/<stem>-<n>.vmdk` with the smallest n whose folder is still free. */
export function freeDiskPath(ds: Datastore, stem: string): string {
  const taken = new Set(Object.keys(ds.files).map((path) => path.split('/')[0]));
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}/${stem}-${n}.vmdk`;
}

const stemOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.vmdk$/, '');

/** vmkfstools -i <first VM disk> <same datastore>/<vm>-clone-<n>/...: a zeroedthick clone. */
export function cloneDisk(lab: LabState, host: unknown, datastore?: unknown): LabState {
  const ds = pickDatastore(lab, datastore);
  const source = ds && cloneSource(ds);
  if (!hostOk(lab, host) || !ds || !source || ds.files[source.path]!.sizeBytes > freeBytes(storageOf(lab)!, ds)) return lab;
  const target = { datastore: ds.name, path: freeDiskPath(ds, `${stemOf(source.path)}-clone`) };
  return startClone(lab, host, source, target, 'thick').lab;
}

/** vmkfstools -c <n>G -d eagerzeroedthick <datastore>/disk-<n>/disk-<n>.vmdk. */
export function zeroDisk(lab: LabState, host: unknown, datastore?: unknown, sizeGB?: unknown): LabState {
  const ds = pickDatastore(lab, datastore);
  if (!hostOk(lab, host) || !ds) return lab;
  const gb = typeof sizeGB === 'number' && Number.isInteger(sizeGB) ? Math.min(Math.max(1, sizeGB), MAX_ZERO_DISK_GB) : ZERO_DISK_GB;
  // A full datastore refuses the disk, as vmkfstools does.
  if (gb * GB > freeBytes(storageOf(lab)!, ds)) return lab;
  return startZero(lab, host, { datastore: ds.name, path: freeDiskPath(ds, 'disk') }, gb * GB).lab;
}
