import type { KitShape } from '../sim/kit';
import { emptyVcenter } from './membership';
import { VCENTER_EVENT_TYPES } from './types';

/**
 * The vcenter kit on every page: each lab's vCenter (empty until a preset adds hosts), so every
 * lab has the inventory the shell, the DCUI and the widgets read. Its engine (events, presets)
 * comes with the vcenter widgets.
 */
export const vcenterShape: KitShape = {
  id: 'vcenter',
  lab: (lab) => ({ ...lab, vcenter: lab.vcenter ?? emptyVcenter() }),
  commandNames: [],
  eventTypes: VCENTER_EVENT_TYPES,
};
