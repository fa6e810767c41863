/** Powering a VM on or off where it is registered: vCenter's action and vim-cmd vmsvc/power.* alike. */
import type { LabState } from '../lab/types';
import { VCENTER_TEXT as T } from '../messages/vcenter';
import type { Change } from './maintenance';
import { findVm, withVmRecord } from './vms';

/** Powers a VM on or off where it is registered (vCenter and vim-cmd vmsvc/power.* alike). */
export function powerVm(lab: LabState, vmRef: string, on: boolean): Change {
  const vm = findVm(lab, vmRef);
  if (!vm) return { ok: false, because: T.unknownVm(vmRef) };
  if ((vm.power === 'poweredOn') === on) return { ok: false, because: T.alreadyPower(vm.name, on) };
  const host = lab.hosts[vm.host]!;
  if (on && host.services.maintenanceMode) return { ok: false, because: T.powerOnInMaintenance(vm.name, vm.host) };
  if (on && host.console.screen !== 'running') return { ok: false, because: T.hostDown(vm.name, vm.host) };
  return { ok: true, lab: withVmRecord(lab, vm, { power: on ? 'poweredOn' : 'poweredOff', sinceMs: lab.clock.nowMs }) };
}

