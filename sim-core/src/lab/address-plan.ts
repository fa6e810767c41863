/**
 * One address plan per lab: every IP address and name the lab uses comes from here, so
 * /etc/hosts, esx.conf, the DCUI, `esxcfg-vmknic -l` and `vmkping` always agree.
 *
 * Five /24 networks, one per kind of VMkernel traffic, as a 4.1 design guide lays them out;
 * host number n (esx01 is 1) is .10+n on each. The management network also holds the
 * gateway, DNS, vCenter Server, the physical switches' management addresses and the
 * storage array's management port; the array serves iSCSI and NFS on its own networks.
 */
export const DOMAIN = 'lab.local';
export const NETMASK = '255.255.255.0';

export type Subnet = 'management' | 'vmotion' | 'iscsi' | 'nfs' | 'ft';
export const SUBNETS: Readonly<Record<Subnet, string>> = {
  management: '192.168.10',
  vmotion: '192.168.20',
  iscsi: '192.168.30',
  nfs: '192.168.40',
  ft: '192.168.50',
};

/** A device of the lab that is not an ESXi host, with its name and address. */
export interface PlannedDevice {
  name: string;
  ip: string;
  /** What it is, for a reader: "default gateway", "vCenter Server". */
  role: string;
}

export interface HostAddresses {
  /** 1 for esx01: the last octet on every network is 10 + number. */
  number: number;
  fqdn: string;
  addresses: Readonly<Record<Subnet, string>>;
}

export interface AddressPlan {
  domain: string;
  netmask: string;
  gateway: PlannedDevice;
  dns: PlannedDevice;
  vcenter: PlannedDevice;
  /** The physical switches, by short name (sw-core-01, sw-access-01, sw-access-02). */
  switches: Readonly<Record<string, PlannedDevice>>;
  /** The storage array: management on the management network, targets on iSCSI and NFS. */
  array: { management: PlannedDevice; iscsi: string; nfs: string };
  hosts: Readonly<Record<string, HostAddresses>>;
}

const on = (subnet: Subnet, last: number) => `${SUBNETS[subnet]}.${last}`;
const device = (name: string, last: number, role: string): PlannedDevice => ({ name: `${name}.${DOMAIN}`, ip: on('management', last), role });

/** The number in a host id (esx02 -> 2); ids without one count from their position. */
export function hostNumberOf(id: string, position: number): number {
  const digits = /(\d+)$/.exec(id)?.[1];
  const n = digits === undefined ? Number.NaN : Number(digits);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : position + 1;
}

/** The plan of a lab whose hosts have these ids, in order. */
export function addressPlan(hostIds: readonly string[]): AddressPlan {
  const hosts = Object.fromEntries(hostIds.map((id, position) => {
    const number = hostNumberOf(id, position);
    const addresses = Object.fromEntries((Object.keys(SUBNETS) as Subnet[]).map((subnet) => [subnet, on(subnet, 10 + number)])) as Record<Subnet, string>;
    return [id, { number, fqdn: `${id}.${DOMAIN}`, addresses }];
  }));
  return {
    domain: DOMAIN,
    netmask: NETMASK,
    gateway: device('gw-mgmt', 1, 'default gateway'),
    dns: device('dns01', 2, 'DNS server'),
    vcenter: device('vc01', 5, 'vCenter Server'),
    switches: {
      'sw-core-01': device('sw-core-01', 251, 'physical switch'),
      'sw-access-01': device('sw-access-01', 252, 'physical switch'),
      'sw-access-02': device('sw-access-02', 253, 'physical switch'),
    },
    array: { management: device('cx4-240', 240, 'storage array'), iscsi: on('iscsi', 240), nfs: on('nfs', 240) },
    hosts,
  };
}

/** A host's address on one network (the plan always has one for each of its hosts). */
export const hostAddress = (plan: AddressPlan, hostId: string, subnet: Subnet): string | undefined => plan.hosts[hostId]?.addresses[subnet];

/** Every device of the plan that is not a host, with the address a ping or a name lookup finds. */
export function plannedDevices(plan: AddressPlan): PlannedDevice[] {
  return [plan.gateway, plan.dns, plan.vcenter, ...Object.values(plan.switches), plan.array.management,
    { name: plan.array.management.name, ip: plan.array.iscsi, role: 'iSCSI target' },
    { name: plan.array.management.name, ip: plan.array.nfs, role: 'NFS server' }];
}
