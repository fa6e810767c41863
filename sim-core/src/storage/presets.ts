/** The storage presets: how each lab differs from the default one (a shared VAAI array, a setting off). */
import type { Preset } from '../lab/preset-types';
import type { LabState } from '../lab/types';
import { STORM_HOSTS, blockSizeArray, bootStormArray, vaaiArray, type SharedArray } from './layouts';
import { HW_LOCKING, HW_MOVE, type StorageSettingName } from './settings';
import { setHostSetting, storageOf, withStorage } from './state';

/** The lab with an array's LUNs and datastores zoned to every host (mounted under /vmfs/volumes). */
export function withArray(lab: LabState, array: SharedArray): LabState {
  const s = storageOf(lab);
  const jobs = array.jobs ?? [];
  const nextJobId = Math.max(s.nextJobId, ...jobs.map((job) => job.id + 1));
  return withStorage(lab, { ...s, luns: [...s.luns, ...array.luns], datastores: [...s.datastores, ...array.datastores], jobs: [...s.jobs, ...jobs], nextJobId });
}

/** One advanced setting changed on every host of the lab. */
function everyHost(lab: LabState, name: StorageSettingName, value: number): LabState {
  return Object.keys(lab.hosts).reduce((next, host) => {
    const set = setHostSetting(next, host, name, value);
    return set.ok ? set.lab : next;
  }, lab);
}

// The VAAI labs' hosts (4.1 Update 1, GA on standby, as by default) were last booted three days ago.
const esx01 = [{ id: 'esx01', uptimeHours: 72 }];

export const STORAGE_PRESETS: readonly Preset[] = [
  {
    id: 'vaai-lab',
    title: 'A host on a VAAI array',
    description: 'esx01 (4.1 Update 1) sees one LUN on a VAAI-capable array, holding VMFS-3 datastore ds-vmfs8 (8 MB blocks) with VM web01 (a 10 GB thick disk). All three VAAI primitives are switched on.',
    hosts: esx01,
    build: (lab) => withArray(lab, vaaiArray()),
  },
  {
    id: 'vaai-move-off',
    title: 'A host whose clones crawl',
    description: 'esx01 sees a VAAI-capable array with datastore ds-vmfs8 and VM web01, but one of its VAAI advanced settings has been switched off.',
    hosts: esx01,
    build: (lab) => everyHost(withArray(lab, vaaiArray()), HW_MOVE, 0),
  },
  {
    id: 'vaai-block-sizes',
    title: 'Two datastores on one VAAI array',
    description: 'esx01 sees two LUNs of a VAAI-capable array: ds-vmfs8 holds web01, and an hour ago web01 was cloned to ds-vmfs1. All VAAI settings are on.',
    hosts: esx01,
    build: (lab) => withArray(lab, blockSizeArray()),
  },
  {
    id: 'vaai-boot-storm',
    title: 'Three hosts in a boot storm',
    description: 'esx01, esx02 and esx03 share datastore ds-shared (30 VMs) on one LUN of a VAAI-capable array. A morning boot storm is under way: each host is powering on 10 VMs, and they come up slowly. Hardware-assisted locking has been switched off on every host.',
    hosts: STORM_HOSTS.map((id) => ({ id, uptimeHours: 72 })),
    build: (lab) => everyHost(withArray(lab, bootStormArray()), HW_LOCKING, 0),
    then: [
      { type: 'storage-workload', workload: 'boot-storm', datastore: 'ds-shared', vmsPerHost: 10 },
      { type: 'tick', ms: 4_000 },
    ],
  },
];
