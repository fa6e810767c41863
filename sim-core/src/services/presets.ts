import { BOOTSTATE } from '../boot/types';
import { bank, createHost } from '../lab/host';
import { HOUR, LAB_EPOCH_MS } from '../lab/epoch';
import type { Preset } from '../lab/preset-types';
import type { HostState } from '../lab/types';
import type { HostServices, VmkNic } from './types';
import { setService } from './actions';
import { SERVICE_NAMES } from './names';

const GA = '4.1.0-260247';
const UPDATE_1 = '4.1.0-348481';
const VCENTER = 'vc01.lab.local';
const CLUSTER = 'Cluster01';

interface Management {
  managedBy?: string | null;
  haCluster?: string | null;
  softwareIscsi?: boolean;
  vmknics?: VmkNic[];
}

const management = (number: number, vmotion: boolean): VmkNic[] => [
  { name: 'vmk0', portGroup: 'Management Network', ip: `192.168.10.${10 + number}`, vmotion: false },
  { name: 'vmk1', portGroup: 'vMotion', ip: `192.168.20.${10 + number}`, vmotion },
];

/** A host running 4.1 Update 1 (GA on standby) with local Tech Support Mode on and remote off. */
function servicesHost(id: string, number: number, options: Management): HostState {
  const host = createHost({ id, number, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.valid)], booted: 1, bootedAtMs: LAB_EPOCH_MS - 5 * 24 * HOUR }, LAB_EPOCH_MS);
  const services: HostServices = {
    running: Object.fromEntries(SERVICE_NAMES.map((name) => [name, true])),
    tsm: { local: true, remote: false, timeoutMinutes: 0 },
    managedBy: options.managedBy ?? null,
    haCluster: options.haCluster ?? null,
    lockdown: false,
    softwareIscsi: options.softwareIscsi ?? false,
    vmknics: options.vmknics ?? management(number, false).slice(0, 1),
    dcui: { tab: 'dcui', screen: { screen: 'home' } },
  };
  return { ...host, services };
}

const managedHost = (id: string, number: number, vmotion: boolean) =>
  servicesHost(id, number, { managedBy: VCENTER, haCluster: CLUSTER, softwareIscsi: true, vmknics: management(number, vmotion) });

export const SERVICES_PRESETS: readonly Preset[] = [
  {
    id: 'standalone-host',
    title: 'A standalone host',
    description: 'esx01 runs 4.1 Update 1 on its own: no vCenter, no HA cluster. Local Tech Support Mode is on, remote (SSH) is off.',
    hosts: () => [servicesHost('esx01', 1, {})],
  },
  {
    id: 'managed-host',
    title: 'A host managed by vCenter',
    description: 'esx01 runs 4.1 Update 1, managed by vCenter Server vc01 (vpxa runs), in HA cluster Cluster01, with software iSCSI and a vMotion interface. Local Tech Support Mode is on, remote (SSH) is off.',
    hosts: () => [managedHost('esx01', 1, true)],
  },
  {
    id: 'hostd-stopped',
    title: 'A host whose hostd has stopped',
    description: 'esx01 is managed by vCenter, but its host agent hostd is not running.',
    hosts: () => [setService(managedHost('esx01', 1, true), LAB_EPOCH_MS - 20 * 60_000, 'hostd', false)],
  },
  {
    id: 'two-host-cluster',
    title: 'Two hosts in a cluster',
    description: 'esx01 and esx02 run 4.1 Update 1 in HA cluster Cluster01, managed by vCenter vc01. esx01 has vMotion enabled on vmk1; esx02 has a vmk1 too.',
    hosts: () => [managedHost('esx01', 1, true), managedHost('esx02', 2, false)],
  },
];
