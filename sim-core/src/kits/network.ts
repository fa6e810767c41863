import { NETWORK_COMMANDS } from '../network/commands';
import { NETWORK_EVENTS } from '../network/events';
import { NETWORK_PRESETS } from '../network/presets';
import { tickNetwork } from '../network/traffic';
import { NETWORK_SCENARIOS } from '../scenarios/network';
import { defineKit } from './registry';

/** Networking: vmnics, standard vSwitches, vCenter's dvSwitch with NIOC and LBT, CDP, jumbo frames. */
export const NETWORK_KIT = defineKit({
  id: 'network',
  commands: NETWORK_COMMANDS,
  presets: NETWORK_PRESETS,
  scenarios: NETWORK_SCENARIOS,
  events: NETWORK_EVENTS,
  onTick: tickNetwork,
});
