import type { Kit } from '../sim/kit';
import { networkInvariants } from './invariants';
import { NETWORK_EVENTS } from './events';
import { NETWORK_PRESETS } from './presets';
import { networkShape } from './shape';
import { tickNetwork } from './traffic';

/** Networking: vmnics, standard vSwitches, vCenter's dvSwitch with NIOC and LBT, CDP, jumbo frames. */
export const networkKit: Kit = {
  ...networkShape,
  loaded: true,
  events: NETWORK_EVENTS,
  tick: tickNetwork,
  // Traffic on a dvSwitch flows second by second (NIOC shares it out, LBT checks every 30 s).
  busy: (lab) => lab.network.traffic !== null,
  invariants: networkInvariants,
  presets: NETWORK_PRESETS,
};
