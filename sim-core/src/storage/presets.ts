/** The storage kit's presets. Their arrays and datastores come from layouts.ts (by preset id). */
import { BOOTSTATE } from '../boot/types';
import { HOUR, LAB_EPOCH_MS } from '../lab/epoch';
import { bank, createHost } from '../lab/host';
import type { Preset } from '../lab/preset-types';
import type { HostState } from '../lab/types';
import { LAYOUTS, STORM_HOSTS } from './layouts';
import { DEFAULT_STORAGE_SETTINGS, HW_LOCKING, type StorageSettings } from './settings';
import { mountDatastores } from './volumes';

const GA = '4.1.0-260247';
const UPDATE_1 = '4.1.0-348481';

/** A host on 4.1 Update 1 with its VAAI settings (defaults unless changed). */
export function storageHost(id: string, number: number, changes: Partial<StorageSettings> = {}): HostState {
  const host = createHost({ id, number, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.valid)], booted: 1, bootedAtMs: LAB_EPOCH_MS - 3 * 24 * HOUR }, LAB_EPOCH_MS);
  return { ...host, storage: { settings: { ...DEFAULT_STORAGE_SETTINGS, ...changes } } };
}

/** The hosts with the preset's datastores already under /vmfs/volumes. */
const onArray = (presetId: string, hosts: HostState[]): HostState[] => hosts.map((host) => mountDatastores(host, LAYOUTS[presetId]!()));

export const STORAGE_PRESETS: readonly Preset[] = [
  {
    id: 'vaai-lab',
    title: 'A host on a VAAI array',
    description: 'esx01 (4.1 Update 1) sees one LUN on a VAAI-capable array, holding VMFS-3 datastore ds-vmfs8 (8 MB blocks) with VM web01 (a 10 GB thick disk). All three VAAI primitives are switched on.',
    hosts: () => onArray('vaai-lab', [storageHost('esx01', 1)]),
  },
  {
    id: 'vaai-move-off',
    title: 'A host whose clones crawl',
    description: 'esx01 sees a VAAI-capable array with datastore ds-vmfs8 and VM web01, but one of its VAAI advanced settings has been switched off.',
    hosts: () => onArray('vaai-move-off', [storageHost('esx01', 1, { '/DataMover/HardwareAcceleratedMove': 0 })]),
  },
  {
    id: 'vaai-block-sizes',
    title: 'Two datastores on one VAAI array',
    description: 'esx01 sees two LUNs of a VAAI-capable array: ds-vmfs8 holds web01, and an hour ago web01 was cloned to ds-vmfs1. All VAAI settings are on.',
    hosts: () => onArray('vaai-block-sizes', [storageHost('esx01', 1)]),
  },
  {
    id: 'vaai-boot-storm',
    title: 'Three hosts in a boot storm',
    description: 'esx01, esx02 and esx03 share datastore ds-shared (30 VMs) on one LUN of a VAAI-capable array. A morning boot storm is under way: each host is powering on 10 VMs, and they come up slowly. Hardware-assisted locking has been switched off on every host.',
    hosts: () => onArray('vaai-boot-storm', STORM_HOSTS.map((id, i) => storageHost(id, i + 1, { [HW_LOCKING]: 0 }))),
    then: [
      { type: 'storage-workload', workload: 'boot-storm', datastore: 'ds-shared', vmsPerHost: 10 },
      { type: 'tick', ms: 4_000 },
    ],
  },
];
