/** The host profiles chapter's lab: a small vCenter cluster with a reference host, a drifted host, a new one and a disconnected one. */
import { buildInfo, PATCH_702113 } from '../boot/builds';
import { volumePath } from '../boot/layout';
import { LAB_EPOCH_MS } from '../lab/epoch';
import { bundleBytes } from '../lab/host';
import type { Preset } from '../lab/preset-types';
import type { HostState, LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { vmotionSwitch } from '../network/builders';
import { runTsm, setTsmAtBoot } from '../services/tsm-state';
import { writeAdvOptions } from '../storage/esx-conf';
import { applySetting, HW_MOVE } from '../storage/settings';
import type { Datastore, LabStorage, Lun } from '../storage/types';
import { syncVolumes } from '../storage/volumes';
import { setNode } from '../vfs/tree';
import { addHosts, CLUSTER, withVcenter } from './membership';

export const HP_HOSTS = ['esx01', 'esx02', 'esx03', 'esx04', 'esx05'] as const;
const IN_CLUSTER = ['esx01', 'esx02', 'esx03', 'esx05'];
const LUN_HP = 'naa.60060160a0b01c0047a1c3e95b2d6f11';
const HP_VMS = ['web01', 'web02', 'web03', 'db01'];
export const HP_DATASTORE = { name: 'ds-shared', uuid: '4c8e5d42-1a7b3c90-6e15-001b21a4c8d0' };
/** Where each VM of ds-shared runs and whether it is on, in the lab's start. */
const VM_START: Readonly<Record<string, { host: string; on: boolean }>> = {
  web01: { host: 'esx01', on: true },
  web02: { host: 'esx02', on: true },
  web03: { host: 'esx03', on: true },
  db01: { host: 'esx03', on: false },
};

/** A patch bundle on datastore1 of every host: `esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update`. */
function withPatchBundle(host: HostState): HostState {
  const info = buildInfo(PATCH_702113)!;
  const ds = host.disk.datastores[0];
  if (!ds) return host;
  return { ...host, vfs: { ...host.vfs, root: setNode(host.vfs.root, `${volumePath(ds.uuid)}/${info.bundle}`, { kind: 'file', bytes: bundleBytes(info.number) }) } };
}

/** esx03 drifted from the reference: jumbo frames off on vSwitch1 (below), full copy off, remote TSM (SSH) on. */
function drift(lab: LabState): LabState {
  const host = lab.hosts.esx03!;
  const set = applySetting(host.storage.settings, HW_MOVE, 0);
  const settings = set.ok ? set.settings : host.storage.settings;
  const tsm = setTsmAtBoot(runTsm(host.services.tsm, 'remote', true), 'remote', true);
  return withHost(lab, writeAdvOptions({ ...host, storage: { ...host.storage, settings }, services: { ...host.services, tsm } }));
}

const GB = 1024 ** 3;

/**
 * One LUN of the lab's CX4-240 array, zoned to every host, holding ds-shared with the four VMs
 * (built here rather than with the storage kit's array presets, so this kit's code does not
 * need the storage kit's engine).
 */
function withSharedDatastore(lab: LabState): LabState {
  const lun: Lun = {
    id: LUN_HP, label: 'shared-lun', array: 'CX4-240', vendor: 'DGC', model: 'RAID 5', sizeMB: 512_000,
    vaai: { clone: true, zero: true, ats: true }, vaaiStatus: Object.fromEntries(HP_HOSTS.map((host) => [host, 'unknown' as const])),
  };
  const files: Datastore['files'] = Object.fromEntries(HP_VMS.map((vm) => [`${vm}/${vm}.vmdk`, { sizeBytes: 20 * GB, type: 'thin' as const, hasSnapshots: false, complete: true }]));
  const storage: LabStorage = { ...lab.storage, luns: [...lab.storage.luns, lun], datastores: [...lab.storage.datastores, { ...HP_DATASTORE, lun: LUN_HP, blockSizeMB: 1, files, vms: HP_VMS }] };
  return syncVolumes({ ...lab, storage }, storage);
}

function hostProfilesLab(lab: LabState): LabState {
  const array = withSharedDatastore(lab);
  const switches = IN_CLUSTER.reduce((next, id) => vmotionSwitch(next, id, { vmotion: true, mtu: id === 'esx03' ? 1500 : 9000, vmkMtu: 9000 }), array);
  const ntp = IN_CLUSTER.reduce((next, id) => withHost(next, { ...next.hosts[id]!, services: { ...next.hosts[id]!.services, ntpServers: [lab.plan.gateway.name] } }), switches);
  const bundles = Object.values(ntp.hosts).reduce((next, host) => withHost(next, withPatchBundle(host)), ntp);
  const managed = addHosts(drift(bundles), IN_CLUSTER, CLUSTER);
  return withVcenter(managed, (vc) => ({
    ...vc,
    hosts: { ...vc.hosts, esx05: { cluster: CLUSTER, connection: 'disconnected' } },
    vms: Object.fromEntries(HP_VMS.map((vm) => [`${HP_DATASTORE.uuid}/${vm}`, { host: VM_START[vm]!.host, power: VM_START[vm]!.on ? 'poweredOn' as const : 'poweredOff' as const, sinceMs: LAB_EPOCH_MS }])),
  }));
}

export const VCENTER_PRESETS: readonly Preset[] = [
  {
    id: 'host-profiles',
    title: 'A cluster for host profiles',
    description: 'vCenter Server vc01 manages Datacenter01 with cluster Cluster01: esx01 (the reference host: vSwitch1 for vMotion at MTU 9000, full copy on, remote Tech Support Mode off), esx02 (set up the same), esx03 (drifted: vSwitch1 at MTU 1500, HardwareAcceleratedMove 0, remote TSM on) and esx05 (disconnected). esx04 is a new host, installed but not yet in vCenter. VMs web01, web02 and web03 run on esx01, esx02 and esx03 (db01, off, is on esx03), all on shared datastore ds-shared; every datastore1 holds patch bundle ESXi410-201204001.zip.',
    hosts: HP_HOSTS.map((id) => ({ id })),
    build: hostProfilesLab,
  },
];
