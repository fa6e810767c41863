import type { LabState } from '../lab/types';
import { vmsOn } from '../vcenter/vms';
import type { VmPower } from '../vcenter/types';

/** A virtual machine registered on a host, as `vim-cmd vmsvc/getallvms` lists it. */
export interface RegisteredVm {
  vmid: number;
  /** The VM's id in the lab (vcenter/vms.ts). */
  id: string;
  name: string;
  /** `[datastore1] vm1/vm1.vmx` */
  file: string;
  /** The .vmx names no guest OS, so hostd reports `otherGuest` [guess]. */
  guest: string;
  /** The .vmx's virtualHW.version 7, 4.x's hardware version. */
  version: string;
  power: VmPower;
}

/**
 * The VMs each host has registered (vcenter/vms.ts: where the lab put them, then vCenter's
 * moves). Vmids count up from 16 in steps of 16, the lab's choice; a VM moved to another host
 * gets that host's next vmid, as a VM registered anew does.
 */
export function registeredVms(lab: LabState, hostId: string): RegisteredVm[] {
  return vmsOn(lab, hostId).map((vm, index) => ({ vmid: 16 * (index + 1), id: vm.id, name: vm.name, file: vm.file, guest: 'otherGuest', version: 'vmx-07', power: vm.power }));
}
