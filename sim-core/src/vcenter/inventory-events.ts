/** vCenter's inventory actions: maintenance mode, VM power and moves, connections, adding a host to a cluster. */
import type { LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';
import { REACH_TEXT } from '../messages/profiles';
import { VCENTER_TEXT as T } from '../messages/vcenter';
import { datastoresOf } from '../storage/visible';
import { accept, fromChange, isOutcome, reachable, refuse, withFields } from './event-fields';
import { inventoryHost, reachStatus, withVcenter } from './inventory';
import { setMaintenance } from './maintenance';
import { powerVm } from './power';
import { findVm, poweredOnVms, withVmRecord } from './vms';

export const maintenance = withFields(['host', 'action'], (lab, [hostId, action]) => {
  if (action !== 'enter' && action !== 'exit') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-maintenance', 'action', '"enter" or "exit"'));
  const host = reachable(lab, hostId!);
  return isOutcome(host) ? host : fromChange(lab, setMaintenance(lab, host, action === 'enter'));
});

export const vmPower = withFields(['vm', 'action'], (lab, [ref, action]) => {
  if (action !== 'on' && action !== 'off') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-vm-power', 'action', '"on" or "off"'));
  const vm = findVm(lab, ref!);
  if (!vm) return refuse(lab, 'invalid', T.unknownVm(ref!));
  const reach = reachStatus(lab, vm.host);
  if (reach !== 'connected') return refuse(lab, 'invalid', T.vmHostUnreachable(vm.name, vm.host, REACH_TEXT[reach]));
  return fromChange(lab, powerVm(lab, vm.id, action === 'on'));
});

const hasVmotion = (lab: LabState, hostId: string) => lab.hosts[hostId]!.network.vmknics.some((nic) => nic.vmotion);

export const vmMigrate = withFields(['vm', 'to'], (lab, [ref, to]) => {
  const vm = findVm(lab, ref!);
  if (!vm) return refuse(lab, 'invalid', T.unknownVm(ref!));
  const from = reachable(lab, vm.host);
  if (isOutcome(from)) return from;
  const target = reachable(lab, to!);
  if (isOutcome(target)) return target;
  if (target === vm.host) return refuse(lab, 'invalid', T.sameHost(vm.name, target));
  if (lab.hosts[target]!.services.maintenanceMode) return refuse(lab, 'invalid', T.targetInMaintenance(target));
  if (!datastoresOf(lab.storage, target).some((ds) => ds.name === vm.datastore && vm.id.startsWith(`${ds.uuid}/`))) return refuse(lab, 'invalid', T.notSeen(vm.name, target, vm.datastore));
  const on = vm.power === 'poweredOn';
  const lacking = [vm.host, target].find((id) => !hasVmotion(lab, id));
  if (on && lacking) return refuse(lab, 'invalid', T.noVmotion(vm.name, lacking));
  // A VM moved while running keeps running on its new host (sinceMs is within that host's boot).
  return accept(withVmRecord(lab, vm, { host: target, ...(on ? { sinceMs: lab.clock.nowMs } : {}) }));
});

export const connection = withFields(['host', 'action'], (lab, [hostId, action]) => {
  if (action !== 'connect' && action !== 'disconnect') return refuse(lab, 'malformed', EVENT_TEXT.badField('vc-connection', 'action', '"connect" or "disconnect"'));
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  const entry = inventoryHost(lab, hostId!);
  if (!entry) return refuse(lab, 'invalid', T.notManaged(hostId!));
  const connect = action === 'connect';
  if ((entry.connection === 'connected') === connect) return refuse(lab, 'invalid', T.alreadyConnection(hostId!, connect));
  if (connect && lab.hosts[hostId!]!.console.screen !== 'running') return refuse(lab, 'invalid', T.hostNotRunning(hostId!));
  return accept(withVcenter(lab, (vc) => ({ ...vc, hosts: { ...vc.hosts, [hostId!]: { ...entry, connection: connect ? 'connected' : 'disconnected' } } })));
});

export const addHost = withFields(['host', 'cluster'], (lab, [hostId, cluster]) => {
  if (!Object.hasOwn(lab.hosts, hostId!)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId!));
  if (!lab.vcenter.clusters.includes(cluster!)) return refuse(lab, 'invalid', T.unknownCluster(cluster!, lab.vcenter.clusters));
  const entry = inventoryHost(lab, hostId!);
  if (entry?.cluster === cluster) return refuse(lab, 'invalid', T.alreadyInCluster(hostId!, cluster!));
  const host = lab.hosts[hostId!]!;
  if (host.console.screen !== 'running') return refuse(lab, 'invalid', T.hostNotRunning(hostId!));
  if (entry && entry.connection === 'disconnected') return refuse(lab, 'invalid', T.unreachable(hostId!, REACH_TEXT.disconnected));
  if (entry && !host.services.maintenanceMode && findRunning(lab, hostId!)) return refuse(lab, 'invalid', T.addNeedsMaintenance(hostId!, cluster!));
  return accept(withVcenter(lab, (vc) => ({ ...vc, server: vc.server ?? lab.plan.vcenter.name, hosts: { ...vc.hosts, [hostId!]: { cluster: cluster!, connection: 'connected' } } })));
});

const findRunning = (lab: LabState, hostId: string) => poweredOnVms(lab, hostId).length > 0;
