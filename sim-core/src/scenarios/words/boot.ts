import type { ScenarioWords } from '../types';

/** The boot scenarios' task and hints: shown by the page's server render only, so the kit's browser code does not carry them. */
export const BOOT_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'boot-rollback': {
    task: 'esx01 was upgraded to 4.1 Update 1 and a driver you need misbehaves: bring the host back to the 4.1 GA build it ran before, and leave it running.',
    hints: [
      'Look at both banks first: `cat /bootbank/boot.cfg` and `cat /altbootbank/boot.cfg`. Which one holds GA?',
      'The rollback is done by the boot loader, so the host has to restart: type `reboot` or use the boot console\'s Reboot button.',
      'At the loader screen press Shift+R for recovery mode, then Shift+Y to confirm, then Enter to boot.',
    ],
  },
  'boot-detective': {
    task: 'Using only the shell, find which boot bank esx01 booted from, which build waits on standby, and why the loader chose as it did.',
    hints: [
      '`ls -l /vmfs/volumes`: each name (Hypervisor1, Hypervisor2) is a link to a volume UUID; `ls -l /bootbank` shows which one /bootbank points at.',
      '`cat /bootbank/boot.cfg` and `cat /altbootbank/boot.cfg`: compare build, updated and bootstate.',
      'bootstate 0 is valid, 1 freshly upgraded, 2 dirty (first boot under way), 3 invalid. The loader boots the bootable bank with the highest updated.',
    ],
  },
};
