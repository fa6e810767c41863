import { BOOT_PRESETS } from '../boot/presets';
import { BASE_COMMAND_NAMES } from '../shell/commands/names';
import type { Kit } from '../sim/kit';

/**
 * What every lab runs: the busybox shell, the boot banks and loader (the core builds and boots
 * the bare host), and the boot chapter's labs. Always loaded; its commands (kits/base-commands)
 * and scenarios (the boot chapter's) come in their own modules, as every kit's do.
 */
export const baseKit: Kit = {
  id: 'base',
  loaded: true,
  commandNames: BASE_COMMAND_NAMES,
  eventTypes: [],
  presets: BOOT_PRESETS,
};
