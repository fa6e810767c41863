import type { KitShape } from '../sim/kit';
import { defaultHostNetwork, defaultLabNetwork } from './defaults';

/** The network kit on every page: each host's NICs, vSwitch0 and vmk0, and the switches they plug into. */
export const networkShape: KitShape = {
  id: 'network',
  host: (host, build) => ({ ...host, network: defaultHostNetwork(host, build) }),
  lab: (lab) => ({ ...lab, network: defaultLabNetwork(lab) }),
  commandNames: ['esxcfg-nics', 'esxcfg-vswitch', 'esxcfg-vmknic', 'vmkping'],
  eventTypes: ['net-demand', 'nioc-shares', 'nioc-limit', 'nioc-enabled', 'teaming', 'dvs-change', 'nic-link'],
};
