/**
 * Maintenance mode, hostd's own flag (`services.maintenanceMode`): vim-cmd on the host and
 * vCenter both go through here. A host enters it only with no VM running on it; while in it,
 * no VM powers on or moves to it. It outlives a reboot.
 */
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { VCENTER_TEXT } from '../messages/vcenter';
import { poweredOnVms } from './vms';

export type Change = { ok: true; lab: LabState } | { ok: false; because: string };

export function setMaintenance(lab: LabState, hostId: string, enter: boolean): Change {
  const host = lab.hosts[hostId]!;
  if (host.services.maintenanceMode === enter) return { ok: false, because: enter ? VCENTER_TEXT.alreadyInMaintenance(hostId) : VCENTER_TEXT.notInMaintenance(hostId) };
  const running = poweredOnVms(lab, hostId).map((vm) => vm.name);
  if (enter && running.length > 0) return { ok: false, because: VCENTER_TEXT.runningVms(hostId, running) };
  return { ok: true, lab: withHost(lab, { ...host, services: { ...host.services, maintenanceMode: enter } }) };
}

/** The lab's maintenance-mode invariant: no host in maintenance mode runs a VM. */
export function maintenanceInvariants(lab: LabState): string[] {
  return Object.values(lab.hosts).flatMap((host) => {
    if (!host.services.maintenanceMode) return [];
    const running = poweredOnVms(lab, host.id).map((vm) => vm.name);
    return running.length > 0 ? [`${host.id} is in maintenance mode but runs ${running.join(', ')}`] : [];
  });
}
