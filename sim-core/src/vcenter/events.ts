/** vCenter's actions on the lab: the inventory's and host profiles'. Each accepts or refuses with a reason a widget shows. */
import type { LabEvent } from '../lab/types';
import type { EventHandler } from '../sim/kit';
import { addHost, connection, maintenance, vmMigrate, vmPower } from './inventory-events';
import { profileApply, profileAttach, profileCheck, profileCreate, profileDetach } from './profile-events';

export const VCENTER_EVENTS: Readonly<Record<LabEvent['type'] & `${'vc' | 'profile'}-${string}`, EventHandler>> = {
  'vc-maintenance': maintenance,
  'vc-vm-power': vmPower,
  'vc-vm-migrate': vmMigrate,
  'vc-connection': connection,
  'vc-add-host': addHost,
  'profile-create': profileCreate,
  'profile-attach': profileAttach,
  'profile-detach': profileDetach,
  'profile-check': profileCheck,
  'profile-apply': profileApply,
};

