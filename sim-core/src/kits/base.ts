import { BOOT_PRESETS } from '../boot/presets';
import { bootDetective, bootRollback } from '../scenarios/boot';
import { COMMANDS } from '../shell/commands';
import type { Kit } from '../sim/kit';

/**
 * What every lab runs: the busybox shell and its commands, the boot banks and loader (the core
 * builds and boots the bare host), and the boot chapter's labs and scenarios. Always loaded.
 */
export const baseKit: Kit = {
  id: 'base',
  commandNames: COMMANDS.map((spec) => spec.name),
  eventTypes: [],
  commands: COMMANDS,
  presets: BOOT_PRESETS,
  scenarios: [bootRollback, bootDetective],
};
