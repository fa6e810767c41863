/** The storage kit's invariants, as sentences (none when the lab's storage is sound). */
import type { LabState } from '../lab/types';
import { STORAGE_SETTING_NAMES, validateSetting } from './settings';
import { datastoreByName, lunById } from './state';

export function storageInvariants(lab: LabState): string[] {
  const problems: string[] = [];
  const s = lab.storage;
  for (const ds of s.datastores) {
    const lun = lunById(s, ds.lun);
    if (!lun) problems.push(`datastore ${ds.name} is on a device the lab does not have`);
    else if (lun.local !== ds.host) problems.push(`datastore ${ds.name} is seen by other hosts than its device`);
    if (ds.host !== undefined && !Object.hasOwn(lab.hosts, ds.host)) problems.push(`datastore ${ds.name} belongs to a host the lab does not have`);
  }
  for (const job of s.jobs) {
    if (!datastoreByName(s, job.target.datastore)) problems.push(`job ${job.id} writes to a datastore the lab does not have`);
    if (!Object.hasOwn(lab.hosts, job.host)) problems.push(`job ${job.id} runs on a host the lab does not have`);
  }
  for (const host of Object.values(lab.hosts)) {
    for (const name of STORAGE_SETTING_NAMES) {
      const error = validateSetting(name, host.storage.settings[name]);
      if (error) problems.push(`${host.id}: ${error.message}`);
    }
  }
  return problems;
}
