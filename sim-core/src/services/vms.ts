import type { LabState } from '../lab/types';
import { datastoresOf } from '../storage/visible';

/** A virtual machine registered on a host, as `vim-cmd vmsvc/getallvms` lists it. */
export interface RegisteredVm {
  vmid: number;
  name: string;
  /** `[datastore1] vm1/vm1.vmx` */
  file: string;
  /** The .vmx names no guest OS, so hostd reports `otherGuest` [guess]. */
  guest: string;
  /** The .vmx's virtualHW.version 7, 4.x's hardware version. */
  version: string;
}

/**
 * The VMs each host has registered: every VM folder (a .vmx) of the datastores it sees. A VM is
 * registered on one host only: a local datastore's on its host, a shared datastore's dealt out
 * in turn to the hosts of the lab (the lab's own rule). Vmids count up from 16 in steps of 16,
 * the lab's choice.
 */
export function registeredVms(lab: LabState, hostId: string): RegisteredVm[] {
  const hosts = Object.keys(lab.hosts).sort();
  const names = datastoresOf(lab.storage, hostId).flatMap((ds) => (ds.vms ?? [])
    .filter((_, index) => ds.host !== undefined || hosts[index % hosts.length] === hostId)
    .map((vm) => ({ name: vm, file: `[${ds.name}] ${vm}/${vm}.vmx` })));
  return names.map((vm, index) => ({ vmid: 16 * (index + 1), ...vm, guest: 'otherGuest', version: 'vmx-07' }));
}
