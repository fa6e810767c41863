/**
 * vCenter Server's side of a lab: its inventory (datacenter, clusters, the hosts it manages and
 * whether it can reach them), where each VM runs and whether it is on, and host profiles with
 * their attachments and last compliance results. Plain JSON, on every lab (the vcenter kit's
 * shape adds it). Maintenance mode is not here: it is the host's own (hostd's,
 * `HostServices.maintenanceMode`), so the shell, the DCUI and vCenter read one value.
 */
import type { NasMount } from '../storage/types';
import type { TeamingPolicyId } from '../network/types';

export type HostConnection = 'connected' | 'disconnected';
export type ComplianceState = 'Compliant' | 'Noncompliant' | 'Unknown';
export type SubProfileId = 'networking' | 'storage' | 'datetime' | 'security' | 'services' | 'advanced' | 'memory';
export type VmPower = 'poweredOn' | 'poweredOff';

/** A reason per difference, e.g. "vSwitch1 MTU is 1500; the profile says 9000". */
export interface ComplianceCell { subProfile: SubProfileId; state: ComplianceState; reasons: string[] }
export interface HostCompliance { host: string; state: ComplianceState; cells: ComplianceCell[]; checkedAtMs: number }
/** A host-specific value the Apply wizard asks for (a vmknic's IP address…): 4.1 has no answer files. */
export interface ApplyAsk { key: string; label: string; suggested: string }
export interface ApplyChange { subProfile: SubProfileId; text: string; needsMaintenance: boolean }
/** blockedBecause e.g. "esx03 must be in maintenance mode…" or "esx04 is disconnected". */
export interface ApplyPlan { host: string; changes: ApplyChange[]; needsMaintenance: boolean; asks: ApplyAsk[]; blockedBecause: string | null }
export interface InventoryNode {
  kind: 'datacenter' | 'cluster' | 'host' | 'vm';
  id: string;
  name: string;
  /** datacenter / cluster: ''; host: connected | disconnected | notResponding | maintenance; vm: poweredOn | poweredOff. */
  status: string;
  children: InventoryNode[];
}
export interface HostSummaryView {
  host: string;
  name: string;
  version: string;
  build: string;
  connection: HostConnection;
  inMaintenanceMode: boolean;
  cluster: string | null;
  vms: { name: string; power: VmPower }[];
  profile: string | null;
  compliance: ComplianceState | null;
}

/** A host vCenter manages: its cluster (null: directly in the datacenter) and whether vCenter keeps its connection. */
export interface InventoryHost {
  cluster: string | null;
  connection: HostConnection;
}

/**
 * What vCenter has done to a VM, keyed by the VM's id (vms.ts): moved it to another host
 * (vMotion or a cold migration), powered it on or off. A VM with no entry stays where the lab
 * registered it, powered off.
 */
export interface VmRecord {
  host?: string;
  power: VmPower;
  /** When it was powered on: a VM powered on before its host last booted is off again. */
  sinceMs: number;
}

/** What a profile holds of the reference host, sub-profile by sub-profile (4.0 U1 guide's policies; esxi-facts.md). */
export interface ProfileConfig {
  networking: {
    vswitches: { name: string; mtu: number; uplinks: string[]; portGroups: { name: string; vlan: number; teaming: Exclude<TeamingPolicyId, 'loadBased'> }[] }[];
    /** VMkernel NICs without their addresses: those are each host's own (the wizard asks). `network`: the reference address's first three octets, where the wizard suggests one. */
    vmknics: { name: string; portGroup: string; mtu: number; vmotion: boolean; netmask: string; network: string }[];
    /** dvSwitch uplink ports: the vmnics behind each dvSwitch the reference host is a member of. */
    dvsUplinks: { dvSwitch: string; vmnics: string[] }[];
  };
  storage: { nas: NasMount[] };
  datetime: { ntpServers: string[] };
  security: { users: string[] };
  services: { localTsm: boolean; remoteTsm: boolean };
  advanced: Record<string, number>;
  memory: { reservationMB: number };
}

export interface HostProfile {
  name: string;
  referenceHost: string;
  createdMs: number;
  /** Host ids and cluster names, in the order attached. */
  attachedTo: string[];
  config: ProfileConfig;
}

export interface LabVcenter {
  /** The vCenter Server's name (the plan's vc01), or null: no host of the lab is managed. */
  server: string | null;
  datacenter: string;
  /** Cluster names; every cluster of the lab runs VMware HA (the HA agent runs on its hosts). */
  clusters: string[];
  /** The hosts vCenter manages, by host id. */
  hosts: Record<string, InventoryHost>;
  vms: Record<string, VmRecord>;
  profiles: HostProfile[];
  /** The last compliance check of each profile, by profile name. */
  compliance: Record<string, HostCompliance[]>;
}

/** vCenter's actions, as the inventory, compliance board and apply wizard send them. */
export type VcenterEvent =
  | { type: 'vc-maintenance'; host: string; action: 'enter' | 'exit' }
  | { type: 'vc-vm-power'; vm: string; action: 'on' | 'off' }
  | { type: 'vc-vm-migrate'; vm: string; to: string }
  | { type: 'vc-connection'; host: string; action: 'connect' | 'disconnect' }
  | { type: 'vc-add-host'; host: string; cluster: string }
  | { type: 'profile-create'; name: string; fromHost: string }
  | { type: 'profile-attach'; profile: string; target: string }
  | { type: 'profile-detach'; profile: string; target: string }
  | { type: 'profile-check'; profile: string }
  | { type: 'profile-apply'; profile: string; host: string; values: Record<string, string> };

export const VCENTER_EVENT_TYPES: readonly VcenterEvent['type'][] = [
  'vc-maintenance', 'vc-vm-power', 'vc-vm-migrate', 'vc-connection', 'vc-add-host',
  'profile-create', 'profile-attach', 'profile-detach', 'profile-check', 'profile-apply',
];
