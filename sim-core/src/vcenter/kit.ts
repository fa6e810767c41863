import type { Kit } from '../sim/kit';
import { VCENTER_EVENTS } from './events';
import { inventoryInvariants } from './inventory';
import { maintenanceInvariants } from './maintenance';
import { VCENTER_PRESETS } from './presets';
import { vcenterShape } from './shape';

/** vCenter Server: the inventory, VMs' power and placement, maintenance mode from vCenter, host profiles. */
export const vcenterKit: Kit = {
  ...vcenterShape,
  loaded: true,
  events: VCENTER_EVENTS,
  invariants: (lab) => [...inventoryInvariants(lab), ...maintenanceInvariants(lab)],
  presets: VCENTER_PRESETS,
};
