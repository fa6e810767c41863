/**
 * The network kit's state. Plain JSON, changed only by pure functions.
 *
 * - Per host (`HostState.network`): physical NICs, standard vSwitches with port groups, and
 *   the VMkernel NICs (read by the services kit too: vMotion's port, the DCUI's address).
 * - Per lab (`LabState.network`): what lives outside any one host: vCenter's distributed
 *   switches (pushed to every member host: hosts read them, never copy them), the physical
 *   Cisco switches the vmnics are cabled to (CDP), and the traffic model on the virtual clock.
 */
import type { Placement } from './lbt';
import type { NiocPoolId } from './pools';

export type CdpMode = 'listen' | 'advertise' | 'both' | 'down';
export const CDP_MODES: readonly CdpMode[] = ['listen', 'advertise', 'both', 'down'];

/** NIC teaming load balancing; `loadBased` ("Route based on physical NIC load") exists on a dvSwitch only. */
export type TeamingPolicyId = 'portId' | 'ipHash' | 'macHash' | 'failoverOrder' | 'loadBased';
export const TEAMING_POLICIES: readonly TeamingPolicyId[] = ['portId', 'ipHash', 'macHash', 'failoverOrder', 'loadBased'];
/** How the vSphere Client names each policy (its own module: vCenter's host profiles name them too). */
export { TEAMING_LABELS } from './teaming';

export interface PhysicalNic {
  name: string;
  pci: string;
  driver: string;
  link: 'Up' | 'Down';
  /** Negotiated speed when up (Mb/s); a down link shows 0Mbps Half. */
  speedMbps: number;
  mac: string;
  description: string;
}

export interface PortGroup {
  name: string;
  /** 0 = no VLAN, 4095 = all VLANs (guest tagging). */
  vlan: number;
  /** VM vNICs connected; VMkernel NICs on it are counted from `HostNetwork.vmknics`. */
  vmPorts: number;
  teaming: Exclude<TeamingPolicyId, 'loadBased'>;
  /** Absent: inherit the switch (every uplink active, in switch order). */
  active?: string[];
  standby?: string[];
}

export interface StandardSwitch {
  name: string;
  numPorts: number;
  mtu: number;
  uplinks: string[];
  cdp: CdpMode;
  portGroups: PortGroup[];
}

/** A VMkernel NIC: the host's own IP interface on a port group (management, vMotion, iSCSI, NFS, FT). */
export interface VmkNic {
  name: string;
  portGroup: string;
  ip: string;
  vmotion: boolean;
  /** Absent means 255.255.255.0, MTU 1500 and a MAC derived from the name. */
  netmask?: string;
  mtu?: number;
  mac?: string;
}

export interface HostNetwork {
  nics: PhysicalNic[];
  vswitches: StandardSwitch[];
  vmknics: VmkNic[];
}

/** One port of a physical Cisco switch and what is plugged into it. */
export interface CiscoPort {
  portId: string;
  host: string;
  vmnic: string;
  /** Access VLAN, or the native VLAN of a trunk. */
  vlan: number;
  mode: 'access' | 'trunk';
}

export interface CiscoSwitch {
  deviceId: string;
  platform: string;
  softwareVersion: string;
  ip: string;
  /** `system mtu jumbo` on a Catalyst: applies to every gigabit port. */
  mtu: number;
  ports: CiscoPort[];
}

export interface PoolSetting {
  shares: number;
  /** Host limit in Mb/s across the team; null = unlimited. */
  limitMbps: number | null;
}

export interface DvPortgroup {
  name: string;
  vlan: number;
  teaming: TeamingPolicyId;
  /** dvUplink names. */
  active: string[];
  standby: string[];
  firstPort: number;
  numPorts: number;
}

export interface DvSwitch {
  name: string;
  mtu: number;
  numPorts: number;
  cdp: CdpMode;
  /** dvUplink1..N: the switch's uplink slots. */
  uplinkNames: string[];
  /** Member hosts: host id -> the vmnic behind each uplink slot. */
  hosts: Record<string, string[]>;
  portGroups: DvPortgroup[];
  nioc: { enabled: boolean; pools: Record<NiocPoolId, PoolSetting> };
}

/** A dvPort that carries traffic: a VM's vNIC or a VMkernel NIC. */
export interface TrafficPort {
  /** dvPort id, unique on the dvSwitch. */
  id: string;
  host: string;
  portGroup: string;
  pool: NiocPoolId;
  /** What uses the port: `vm07 ethernet0` or `vmk1`. */
  client: string;
  demandMbps: number;
  /** The demand before the last change and when it changed: LBT averages over 30 s. */
  previousDemandMbps: number;
  changedMs: number;
}

export interface UplinkSample {
  capacityMbps: number;
  /** What the ports placed on it want (each at most one NIC). */
  offeredMbps: number;
  /** What NIOC lets through (egress). */
  totalMbps: number;
  byPool: Record<NiocPoolId, number>;
}

export interface TrafficSample {
  t: number;
  /** host id -> vmnic -> sample. */
  hosts: Record<string, Record<string, UplinkSample>>;
}

export interface TeamMove {
  host: string;
  timeMs: number;
  portId: string;
  client: string;
  from: string;
  to: string;
  /** Utilisation (0-1) of the uplink that triggered the move. */
  utilisation: number;
}

export interface TrafficState {
  dvSwitch: string;
  ports: TrafficPort[];
  /** host id -> port id -> vmnic. */
  placement: Record<string, Placement>;
  lastCheckMs: number;
  /** The last whole second sampled. */
  lastSampleMs: number;
  /** One sample per simulated second, the newest last (at most HISTORY_SECONDS). */
  history: TrafficSample[];
  /** LBT moves, the newest last (at most MAX_MOVES). */
  moves: TeamMove[];
}

export interface LabNetwork {
  /** vCenter's dvSwitches (the vCenter Server that owns them is the inventory's: LabState.vcenter.server). */
  dvSwitches: DvSwitch[];
  switches: CiscoSwitch[];
  traffic: TrafficState | null;
}

/** A change made once in vCenter to a dvSwitch; every member host sees it at once. */
export type DvsChange =
  | { kind: 'mtu'; mtu: number }
  | { kind: 'cdp'; mode: CdpMode }
  | { kind: 'portgroup-add'; name: string; vlan: number }
  | { kind: 'portgroup-vlan'; name: string; vlan: number }
  | { kind: 'portgroup-remove'; name: string };

/** The network kit's events (vCenter actions, the reader's traffic controls, cables). */
export type NetworkEvent =
  /** Demand of one dvPort (`port`) or of every port of a pool on the host (`pool`), in Mb/s. */
  | { type: 'net-demand'; host: string; port?: string; pool?: NiocPoolId; mbps: number }
  | { type: 'nioc-shares'; pool: NiocPoolId; shares: number | 'low' | 'normal' | 'high'; dvSwitch?: string }
  | { type: 'nioc-limit'; pool: NiocPoolId; limitMbps: number | null; dvSwitch?: string }
  | { type: 'nioc-enabled'; enabled: boolean; dvSwitch?: string }
  /** A dvPortgroup's load balancing (vCenter), or a standard port group's when `host` is given. */
  | { type: 'teaming'; portGroup: string; policy: TeamingPolicyId; host?: string; dvSwitch?: string }
  | { type: 'dvs-change'; change: DvsChange; dvSwitch?: string }
  | { type: 'nic-link'; host: string; vmnic: string; up: boolean };
