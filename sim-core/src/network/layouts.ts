/**
 * The dvSwitch labs' lab-level part: vCenter's dvSwitch, the core switch and the traffic of
 * twenty VMs and five VMkernel ports per host. The hosts' side is in presets.ts.
 */
import { LAB_EPOCH_MS } from '../lab/epoch';
import type { AddressPlan, Subnet } from '../lab/address-plan';
import { coreSwitch } from './hardware';
import { placeAll } from './placement';
import { NIOC_POOL_IDS, SHARES, type NiocPoolId } from './pools';
import type { DvSwitch, LabNetwork, PoolSetting, TrafficPort } from './types';

export const DVS_HOSTS = ['esx01', 'esx02'] as const;
export const VMS_PER_HOST = 20;
export const HISTORY_SECONDS = 60;

/** [guess] 4.1's defaults: every pool Normal (50 shares), no host limit. */
export const DEFAULT_POOLS = (): Record<NiocPoolId, PoolSetting> =>
  Object.fromEntries(NIOC_POOL_IDS.map((id) => [id, { shares: SHARES.normal, limitMbps: null }])) as Record<NiocPoolId, PoolSetting>;

const UPLINKS = ['dvUplink1', 'dvUplink2', 'dvUplink3', 'dvUplink4'];

/** The VMkernel ports of a dvSwitch host: name, dvPortgroup, network of the address plan, pool, first dvPort id, demand. */
export const DVS_VMKNICS: readonly { name: string; portGroup: string; subnet: Subnet; pool: NiocPoolId; firstPort: number; demandMbps: number }[] = [
  { name: 'vmk0', portGroup: 'Management', subnet: 'management', pool: 'management', firstPort: 0, demandMbps: 5 },
  { name: 'vmk1', portGroup: 'vMotion', subnet: 'vmotion', pool: 'vmotion', firstPort: 10, demandMbps: 0 },
  { name: 'vmk2', portGroup: 'iSCSI', subnet: 'iscsi', pool: 'iscsi', firstPort: 20, demandMbps: 100 },
  { name: 'vmk3', portGroup: 'NFS', subnet: 'nfs', pool: 'nfs', firstPort: 30, demandMbps: 100 },
  { name: 'vmk4', portGroup: 'FT Logging', subnet: 'ft', pool: 'faultTolerance', firstPort: 40, demandMbps: 0 },
];

export function labDvSwitch(): DvSwitch {
  const pg = (name: string, vlan: number, teaming: DvSwitch['portGroups'][number]['teaming'], active: string[], standby: string[], firstPort: number, numPorts = 8) =>
    ({ name, vlan, teaming, active, standby, firstPort, numPorts });
  return {
    name: 'dvSwitch',
    mtu: 1500,
    numPorts: 256,
    cdp: 'listen',
    uplinkNames: UPLINKS,
    hosts: Object.fromEntries(DVS_HOSTS.map((host) => [host, ['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3']])),
    // VMkernel traffic is pinned (explicit failover) so each pool has a known NIC; VMs use all four.
    portGroups: [
      pg('Management', 10, 'failoverOrder', ['dvUplink4'], ['dvUplink3'], 0),
      pg('vMotion', 20, 'failoverOrder', ['dvUplink1'], ['dvUplink2'], 10),
      pg('iSCSI', 30, 'failoverOrder', ['dvUplink2'], [], 20),
      pg('NFS', 40, 'failoverOrder', ['dvUplink3'], ['dvUplink2'], 30),
      pg('FT Logging', 50, 'failoverOrder', ['dvUplink3'], ['dvUplink4'], 40),
      pg('VM Network', 100, 'portId', UPLINKS, [], 100, 128),
    ],
    nioc: { enabled: true, pools: DEFAULT_POOLS() },
  };
}

const vmName = (n: number) => `vm${String(n).padStart(2, '0')}`;

/** Every dvPort in use: five VMkernel ports and 20 VMs per host (80-160 Mb/s each, fixed pattern). */
export function labTrafficPorts(): TrafficPort[] {
  return DVS_HOSTS.flatMap((host, h) => [
    ...DVS_VMKNICS.map((vmk) => ({ id: String(vmk.firstPort + h), host, portGroup: vmk.portGroup, pool: vmk.pool, client: vmk.name, demandMbps: vmk.demandMbps })),
    ...Array.from({ length: VMS_PER_HOST }, (_, k) => ({
      id: String(100 + h * VMS_PER_HOST + k),
      host,
      portGroup: 'VM Network',
      pool: 'virtualMachine' as const,
      client: `${vmName(h * VMS_PER_HOST + k + 1)} ethernet0`,
      demandMbps: 80 + ((k * 37) % 9) * 10,
    })),
  ]).map((port) => ({ ...port, previousDemandMbps: port.demandMbps, changedMs: LAB_EPOCH_MS - 3_600_000 }));
}

export function dvSwitchNetwork(plan: AddressPlan, dvs: DvSwitch = labDvSwitch()): LabNetwork {
  const ports = labTrafficPorts();
  return {
    dvSwitches: [dvs],
    switches: coreSwitch(plan, 9000),
    traffic: { dvSwitch: dvs.name, ports, placement: placeAll(dvs, ports), lastCheckMs: LAB_EPOCH_MS, lastSampleMs: LAB_EPOCH_MS, history: [], moves: [] },
  };
}

/** The 4.1 manual's NIOC example needs every pool on one NIC: each VMkernel port group uses dvUplink1 only. */
export function oneNicDvSwitch(): DvSwitch {
  const dvs = labDvSwitch();
  return { ...dvs, portGroups: dvs.portGroups.map((pg) => (pg.teaming === 'failoverOrder' ? { ...pg, active: ['dvUplink1'], standby: [] } : pg)) };
}
