/**
 * What the VAAI lab widget asks for without typing: change a VAAI setting, clone a VM's disk,
 * create an eagerzeroedthick disk, start a boot storm. The same operations the shell runs
 * (esxcfg-advcfg -s, vmkfstools -i, vmkfstools -c -d eagerzeroedthick), picked with defaults
 * so one button is enough. Events may come from anywhere: each field is checked, and anything
 * the lab cannot do is refused with the reason.
 */
import type { LabEvent, LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';
import { STORAGE_REFUSALS as T } from './refusals';
import type { EventHandler } from '../sim/kit';
import { accept, eventHost, fieldsOf, isOutcome, refuse, type Outcome } from '../sim/outcome';
import { startBootStorm } from './boot-storm';
import { startClone, startZero } from './jobs';
import { GB } from './layouts';
import { datastoreByName, datastoresOf, freeBytes, setHostSetting, storageOf } from './state';
import type { Datastore, FileRef, LabStorage } from './types';

/** Size of the widget's eagerzeroedthick disk when none is asked for. */
export const ZERO_DISK_GB = 10;
const MAX_ZERO_DISK_GB = 64;

export const changeSetting: EventHandler = (lab, event) => {
  const f = fieldsOf(event)!;
  const host = eventHost(lab, f, false);
  if (isOutcome(host)) return host;
  if (typeof f.name !== 'string') return refuse(lab, 'malformed', EVENT_TEXT.badField('storage-setting', 'name', 'an advanced setting name'));
  if (typeof f.value !== 'number') return refuse(lab, 'malformed', EVENT_TEXT.badField('storage-setting', 'value', 'a number'));
  const set = setHostSetting(lab, host.id, f.name, f.value);
  return set.ok ? accept(set.lab) : refuse(lab, 'invalid', set.message);
};

/** The datastore the VAAI lab's buttons use on a host: the first on a shared array, else its datastore1. */
export function defaultDatastore(s: LabStorage, hostId: string): Datastore | undefined {
  const seen = datastoresOf(s, hostId);
  return seen.find((ds) => ds.host === undefined) ?? seen[0];
}

/** The datastore a request names (or the default one), or why none. */
function pickDatastore(lab: LabState, hostId: string, name: unknown): Datastore | string {
  const s = storageOf(lab);
  if (name !== undefined && typeof name !== 'string') return EVENT_TEXT.badField('storage-workload', 'datastore', 'a datastore name');
  if (typeof name === 'string') return datastoreByName(s, name, hostId) ?? T.noDatastore(name);
  return defaultDatastore(s, hostId) ?? T.noDatastores;
}

/** The disk a clone starts from: the first registered VM's complete disk, else any complete disk. */
export function cloneSource(ds: Datastore): FileRef | null {
  const paths = Object.keys(ds.files).filter((path) => ds.files[path]!.complete);
  const vms = ds.vms ?? [];
  const path = paths.find((candidate) => vms.includes(candidate.split('/')[0]!)) ?? paths[0];
  return path ? { datastore: ds.uuid, path } : null;
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
function cloneDisk(lab: LabState, hostId: string, datastore: unknown): Outcome {
  const ds = pickDatastore(lab, hostId, datastore);
  if (typeof ds === 'string') return refuse(lab, 'invalid', ds);
  const source = cloneSource(ds);
  if (!source) return refuse(lab, 'invalid', T.nothingToClone(ds.name));
  if (ds.files[source.path]!.sizeBytes > freeBytes(storageOf(lab), ds)) return refuse(lab, 'invalid', T.noRoomToClone(ds.name));
  const target = { datastore: ds.uuid, path: freeDiskPath(ds, `${stemOf(source.path)}-clone`) };
  return accept(startClone(lab, hostId, source, target, 'thick').lab);
}

/** vmkfstools -c <n>G -d eagerzeroedthick <datastore>/disk-<n>/disk-<n>.vmdk. */
function zeroDisk(lab: LabState, hostId: string, datastore: unknown, sizeGB: unknown): Outcome {
  const ds = pickDatastore(lab, hostId, datastore);
  if (typeof ds === 'string') return refuse(lab, 'invalid', ds);
  const gb = typeof sizeGB === 'number' && Number.isInteger(sizeGB) ? Math.min(Math.max(1, sizeGB), MAX_ZERO_DISK_GB) : ZERO_DISK_GB;
  // A full datastore refuses the disk, as vmkfstools does.
  if (gb * GB > freeBytes(storageOf(lab), ds)) return refuse(lab, 'invalid', T.noRoomToZero(gb, ds.name));
  return accept(startZero(lab, hostId, { datastore: ds.uuid, path: freeDiskPath(ds, 'disk') }, gb * GB).lab);
}

export const workload: EventHandler = (lab: LabState, event: LabEvent): Outcome => {
  const f = fieldsOf(event)!;
  if (f.workload === 'boot-storm') return startBootStorm(lab, f);
  if (f.workload !== 'clone' && f.workload !== 'zero') return refuse(lab, 'malformed', T.unknownWorkload(String(f.workload)));
  const host = eventHost(lab, f);
  if (isOutcome(host)) return host;
  return f.workload === 'clone' ? cloneDisk(lab, host.id, f.datastore) : zeroDisk(lab, host.id, f.datastore, f.sizeGB);
};
