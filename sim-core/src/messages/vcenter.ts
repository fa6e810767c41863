/**
 * What vCenter says when it refuses an action of the inventory: each names the host or VM,
 * why, and what to do. The lab's own wording [guess] where 4.1's is not known.
 */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const names = (vms: readonly string[]) => vms.join(', ');

export const VCENTER_TEXT = {
  notManaged: (host: string) => `${clip(host)} is not in vCenter's inventory: add it to a cluster first.`,
  unreachable: (host: string, why: string) => `${clip(host)} ${why}: vCenter Server cannot reach it. Connect it first.`,
  alreadyInMaintenance: (host: string) => `${clip(host)} is already in maintenance mode.`,
  notInMaintenance: (host: string) => `${clip(host)} is not in maintenance mode.`,
  runningVms: (host: string, vms: readonly string[]) =>
    `${clip(host)} cannot enter maintenance mode while virtual machines run on it: ${names(vms)}. Power them off, or migrate them to another host (vMotion), then try again.`,
  unknownVm: (vm: string) => `There is no virtual machine named ${clip(vm)} in this lab.`,
  vmHostUnreachable: (vm: string, host: string, why: string) => `${clip(vm)} runs on ${host}, which ${why}: vCenter Server cannot reach it.`,
  alreadyPower: (vm: string, on: boolean) => `${clip(vm)} is already powered ${on ? 'on' : 'off'}.`,
  powerOnInMaintenance: (vm: string, host: string) => `${clip(vm)} cannot power on: its host ${host} is in maintenance mode. Exit maintenance mode, or migrate the VM to another host first.`,
  hostDown: (vm: string, host: string) => `${clip(vm)} cannot power on: its host ${host} is not running.`,
  sameHost: (vm: string, host: string) => `${clip(vm)} already runs on ${host}.`,
  targetInMaintenance: (host: string) => `${clip(host)} is in maintenance mode: it takes no virtual machines. Exit maintenance mode first.`,
  notSeen: (vm: string, host: string, datastore: string) => `${clip(host)} does not see datastore ${datastore}, where ${clip(vm)}'s files are: it cannot run it.`,
  noVmotion: (vm: string, host: string) => `${clip(vm)} is powered on, so moving it is a vMotion, which needs a VMkernel NIC with vMotion enabled on both hosts; ${host} has none.`,
  alreadyConnection: (host: string, connected: boolean) => `${clip(host)} is already ${connected ? 'connected' : 'disconnected'}.`,
  hostNotRunning: (host: string) => `${clip(host)} is not running: vCenter Server cannot connect to it until it has booted.`,
  alreadyInCluster: (host: string, cluster: string) => `${clip(host)} is already in ${clip(cluster)}.`,
  unknownCluster: (cluster: string, known: readonly string[]) => `There is no cluster named ${clip(cluster)} in ${known.length > 0 ? `this datacenter (it has ${known.join(', ')})` : 'this datacenter'}.`,
  addNeedsMaintenance: (host: string, cluster: string) => `${clip(host)} runs virtual machines: put it in maintenance mode before moving it into ${clip(cluster)}.`,
} as const;
