import type { ScenarioWords } from '../types';

/** The host profiles chapter's scenarios' task and hints: shown by the page's server render only. */
export const VCENTER_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'hp-drift': {
    task: 'esx03 no longer matches the other hosts of Cluster01: capture esx01\'s configuration in a host profile, find where esx03 differs, and bring it back to Compliant without stopping web03.',
    hints: [
      'Create a profile from the reference host esx01, attach it to Cluster01, then check compliance: the board says what differs on esx03 and why.',
      'Applying changes esx03\'s networking, so the host must be in maintenance mode first, and a host with a running VM cannot enter it: move web03 to esx02 with vMotion.',
      'Enter maintenance mode (in vCenter, or `vim-cmd hostsvc/maintenance_mode_enter` in esx03\'s shell), apply the profile, check compliance again, then exit maintenance mode.',
    ],
  },
  'hp-new-host': {
    task: 'esx04 is freshly installed: add it to Cluster01 and make it match the cluster\'s host profile.',
    hints: [
      'If the cluster has no profile yet, create one from esx01 and attach it to Cluster01. A host added to the cluster is attached to the profile, but nothing is configured until you apply it.',
      'Check compliance to see what esx04 lacks. Applying needs maintenance mode (esx04 runs no VM, so it can enter at once).',
      'The wizard asks for esx04\'s own vMotion address (4.1 has no answer files): on this lab\'s plan it is 192.168.20.14. Check again, then take esx04 out of maintenance mode.',
    ],
  },
  'patch-in-maintenance': {
    task: 'Install patch bundle ESXi410-201204001.zip on esx02 the 4.1 way, keeping web02 running, and put the host back in service.',
    hints: [
      'esxupdate installs only on a host in maintenance mode, and a host with a running VM cannot enter it: move web02 to another host with vMotion first.',
      'In esx02\'s shell: `vim-cmd hostsvc/maintenance_mode_enter`, then `esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update`. The new image goes into the standby boot bank.',
      'Reboot (`reboot`), let the clock run until esx02 is up (`vmware -v` shows the new build), then `vim-cmd hostsvc/maintenance_mode_exit`.',
    ],
  },
};
