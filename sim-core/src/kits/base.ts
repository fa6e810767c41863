import { BOOT_PRESETS } from '../boot/presets';
import { COMMANDS } from '../shell/commands';
import { defineKit } from './registry';

/** What every lab needs: the busybox shell, the boot banks and loader, and the boot chapter's labs (its scenarios are in boot-scenarios.ts). */
export const BASE_KIT = defineKit({
  id: 'base',
  commands: COMMANDS,
  presets: BOOT_PRESETS,
});
