import type { ScenarioWords } from '../types';
import { WEB01 } from '../storage';

/** The storage scenarios' task and hints: shown by the page's server render only, so the kit's browser code does not carry them. */
export const STORAGE_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'clone-too-slow': {
    task: 'Cloning web01 on esx01 takes far too long although the array supports VAAI: find which VAAI primitive is off and turn it back on.',
    hints: [
      'The three VAAI settings are /DataMover/HardwareAcceleratedMove, /DataMover/HardwareAcceleratedInit and /VMFS3/HardwareAcceleratedLocking. `esxcfg-advcfg -g <option>` reads one.',
      'Cloning uses full copy (XCOPY): `esxcfg-advcfg -s 1 /DataMover/HardwareAcceleratedMove` switches it back on.',
      `Try it: \`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk\`, then run \`esxtop\` and press u (disks), f and O (the VAAI statistics): CLONE_RD and CLONE_WR grow; q leaves.`,
    ],
  },
  'block-size-mismatch': {
    task: 'An hour ago web01 was cloned from ds-vmfs8 to ds-vmfs1 and the array did none of the work, although VAAI is on: find out why, and show a clone that does offload.',
    hints: [
      '`esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove` and `esxcli corestorage device list` rule out the setting and the array.',
      '`vmkfstools -P /vmfs/volumes/ds-vmfs8` and `vmkfstools -P /vmfs/volumes/ds-vmfs1` show each file system\'s block size (the number after "file blocks *").',
      'The data mover offloads only between VMFS volumes with the same block size. A clone inside ds-vmfs8 can use XCOPY.',
    ],
  },
  'boot-storm': {
    task: 'esx01, esx02 and esx03 are powering on 30 VMs on ds-shared and they come up slowly: find why VMs power on slowly, fix it, and power them on again without a single reservation conflict.',
    hints: [
      'Run `esxtop` on any host and press u for the disk devices, then f and H to add the reservation statistics: watch RESV/s (reservations this host took) and CONS/s (conflicts it met) on the device of ds-shared.',
      'Reservations lock the whole LUN for every metadata update. `esxcli corestorage device list` shows whether the array offers VAAI; `esxcfg-advcfg -g /VMFS3/HardwareAcceleratedLocking` whether the host uses ATS.',
      'Run `esxcfg-advcfg -s 1 /VMFS3/HardwareAcceleratedLocking` on esx01, esx02 and esx03, then start the boot storm again.',
    ],
  },
};
