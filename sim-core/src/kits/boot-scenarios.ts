import { bootDetective, bootRollback } from '../scenarios/boot';
import { defineKit } from './registry';

/**
 * The boot chapter's scenarios. They build on the base kit's presets but are a kit of their
 * own, so a page whose labs only need the base shell (networking, storage) does not download
 * them; the base runtime, which boot pages load, imports this kit.
 */
export const BOOT_SCENARIOS_KIT = defineKit({
  id: 'boot-scenarios',
  scenarios: [bootRollback, bootDetective],
});
