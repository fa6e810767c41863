import type { ScenarioWords } from '../types';

/** The virtualization basics scenarios' task and hints (server render only; the kit's browser code does not carry them). */
export const BASICS_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'meet-the-hypervisor': {
    task: 'esx01 is a host with nothing underneath it: ESXi runs straight on the hardware. Using its shell, find which release of ESXi it runs, and which file system holds datastore1, where its virtual machines would be kept.',
    hints: [
      '`vmware -lv` prints the version and build, and on its second line the release.',
      '`ls -l /vmfs/volumes` shows that datastore1 is a name for a volume\'s UUID. `df -h` lists each volume by that UUID, with its file system type in the first column.',
      'The vfat volumes are the boot banks and other small areas; visorfs is the system running in RAM. The big volume on the rest of the disk is the datastore.',
    ],
  },
};
