/** The boot chapter's labs: how each host's banks differ from the default (upgraded to Update 1). */
import { BOOTSTATE } from './types';
import { GA, UPDATE_1 } from './builds';
import { bank, type HostSetup } from '../lab/host';
import type { Preset } from '../lab/preset-types';

const failedUpgrade: HostSetup[] = [{ id: 'esx01', banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.upgrading)], booted: 0, uptimeHours: 30 * 24, brokenBuilds: [UPDATE_1] }];

export const BOOT_PRESETS: readonly Preset[] = [
  {
    id: 'fresh-install',
    title: 'A fresh install',
    description: 'esx01 was just installed with ESXi 4.1 GA: Hypervisor1 holds the image, Hypervisor2 is empty.',
    hosts: [{ id: 'esx01', banks: [bank(GA, 1, BOOTSTATE.valid), undefined], booted: 0, uptimeHours: 2 }],
  },
  {
    id: 'after-upgrade',
    title: 'After a successful upgrade',
    description: 'esx01 was upgraded from 4.1 GA to Update 1: it booted Update 1 from Hypervisor2, and GA waits on standby in Hypervisor1.',
    hosts: [{ id: 'esx01', uptimeHours: 1 }],
  },
  {
    id: 'failed-upgrade',
    title: 'An upgrade that will fail',
    description: 'esx01 runs 4.1 GA; Update 1 has been written to Hypervisor2 and waits for a reboot, but this image will not finish booting on this host.',
    hosts: failedUpgrade,
  },
  {
    id: 'failed-upgrade-fallback',
    title: 'After a failed upgrade fell back',
    description: 'esx01 rebooted into Update 1, which did not finish booting; after a reset the loader fell back to 4.1 GA.',
    hosts: failedUpgrade,
    then: [
      { type: 'power', host: 'esx01', action: 'reboot' },
      { type: 'tick', ms: 20_000 },
      { type: 'console-key', host: 'esx01', key: 'Enter' },
      { type: 'tick', ms: 20_000 },
      { type: 'tick', ms: 5 * 60_000 },
    ],
  },
];
