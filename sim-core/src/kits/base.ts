import { BOOT_PRESETS } from '../boot/presets';
import { bootDetective, bootRollback } from '../scenarios/boot';
import { COMMANDS } from '../shell/commands';
import { defineKit } from './registry';

/** What every lab needs: the busybox shell, the boot banks and loader, and the boot chapter's labs. */
export const BASE_KIT = defineKit({
  id: 'base',
  commands: COMMANDS,
  presets: BOOT_PRESETS,
  scenarios: [bootRollback, bootDetective],
});
