/**
 * The lab's virtual machines: every VM folder (a .vmx) on a datastore, registered on one host,
 * on or off. Where the lab put a VM is a rule (a local datastore's VM on its host, a shared
 * datastore's dealt out in turn to the hosts); vCenter's moves and power changes are records
 * on top of it (`LabVcenter.vms`), so the two never disagree.
 */
import type { HostState, LabState } from '../lab/types';
import { datastoresOf } from '../storage/visible';
import type { VmPower, VmRecord } from './types';

export interface LabVm {
  /** `<datastore uuid>/<folder>`: unique in the lab (two hosts' datastore1 may each hold a vm1). */
  id: string;
  name: string;
  datastore: string;
  /** `[datastore1] vm1/vm1.vmx` */
  file: string;
  host: string;
  power: VmPower;
}

/** A VM is on while its record says so, its host runs, and its host has not rebooted since it was powered on. */
function powerOf(record: VmRecord | undefined, host: HostState | undefined): VmPower {
  if (!record || record.power !== 'poweredOn' || !host) return 'poweredOff';
  return host.console.screen === 'running' && record.sinceMs >= host.boot.bootedAtMs ? 'poweredOn' : 'poweredOff';
}

/** Every VM of the lab, datastore by datastore, where it runs now. */
export function labVms(lab: LabState): LabVm[] {
  const hosts = Object.keys(lab.hosts).sort();
  const records = lab.vcenter?.vms ?? {};
  return datastoresOf(lab.storage).flatMap((ds) => (ds.vms ?? []).flatMap((name, index) => {
    const dealt = ds.host ?? hosts[index % hosts.length];
    if (dealt === undefined) return [];
    const id = `${ds.uuid}/${name}`;
    const record = Object.hasOwn(records, id) ? records[id] : undefined;
    const host = record?.host ?? dealt;
    return [{ id, name, datastore: ds.name, file: `[${ds.name}] ${name}/${name}.vmx`, host, power: powerOf(record, lab.hosts[host]) }];
  }));
}

/** The VMs registered on one host. */
export const vmsOn = (lab: LabState, hostId: string): LabVm[] => labVms(lab).filter((vm) => vm.host === hostId);

/** The VMs running on one host. */
export const poweredOnVms = (lab: LabState, hostId: string): LabVm[] => vmsOn(lab, hostId).filter((vm) => vm.power === 'poweredOn');

/** A VM by its id, or by its name when only one VM has that name. */
export function findVm(lab: LabState, ref: string): LabVm | undefined {
  const all = labVms(lab);
  const byId = all.find((vm) => vm.id === ref);
  if (byId) return byId;
  const named = all.filter((vm) => vm.name === ref);
  return named.length === 1 ? named[0] : undefined;
}

/** The lab with one VM's record changed. */
export function withVmRecord(lab: LabState, vm: LabVm, change: Partial<VmRecord>): LabState {
  const before = lab.vcenter.vms[vm.id] ?? { power: vm.power, sinceMs: lab.clock.nowMs };
  return { ...lab, vcenter: { ...lab.vcenter, vms: { ...lab.vcenter.vms, [vm.id]: { ...before, ...change } } } };
}
