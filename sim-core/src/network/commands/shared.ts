import { fail, type CommandResult } from '../../shell/types';

/** A lab built without the network kit's state (a boot or storage lab). */
export const noNetwork = (command: string): CommandResult =>
  fail(`${command}: (lab) this lab does not model the host's network; the network labs (network-lab, dvswitch-lab, ...) do.\n`);
