import { BOOTSTATE } from './types';
import { bank, createHost } from '../lab/host';
import { HOUR, LAB_EPOCH_MS } from '../lab/epoch';
import type { Preset } from '../lab/preset-types';

const GA = '4.1.0-260247';
const UPDATE_1 = '4.1.0-348481';

export const BOOT_PRESETS: readonly Preset[] = [
  {
    id: 'fresh-install',
    title: 'A fresh install',
    description: 'esx01 was just installed with ESXi 4.1 GA: Hypervisor1 holds the image, Hypervisor2 is empty.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), undefined], booted: 0, bootedAtMs: LAB_EPOCH_MS - 2 * HOUR }, LAB_EPOCH_MS)],
  },
  {
    id: 'after-upgrade',
    title: 'After a successful upgrade',
    description: 'esx01 was upgraded from 4.1 GA to Update 1: it booted Update 1 from Hypervisor2, and GA waits on standby in Hypervisor1.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.valid)], booted: 1, bootedAtMs: LAB_EPOCH_MS - HOUR }, LAB_EPOCH_MS)],
  },
  {
    id: 'failed-upgrade',
    title: 'An upgrade that will fail',
    description: 'esx01 runs 4.1 GA; Update 1 has been written to Hypervisor2 and waits for a reboot, but this image will not finish booting on this host.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.upgrading)], booted: 0, bootedAtMs: LAB_EPOCH_MS - 30 * 24 * HOUR, brokenBuilds: [UPDATE_1] }, LAB_EPOCH_MS)],
  },
  {
    id: 'failed-upgrade-fallback',
    title: 'After a failed upgrade fell back',
    description: 'esx01 rebooted into Update 1, which did not finish booting; after a reset the loader fell back to 4.1 GA.',
    hosts: () => BOOT_PRESETS[2]!.hosts(),
    then: [
      { type: 'power', host: 'esx01', action: 'reboot' },
      { type: 'tick', ms: 20_000 },
      { type: 'console-key', host: 'esx01', key: 'Enter' },
      { type: 'tick', ms: 20_000 },
      { type: 'tick', ms: 5 * 60_000 },
    ],
  },
];

