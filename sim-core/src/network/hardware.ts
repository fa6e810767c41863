/**
 * The lab's hardware: each host's four gigabit ports and the Cisco switches they plug into.
 * Two onboard Broadcom ports and an Intel NC360T dual-port card (the real 4.1 sample row in
 * esxi-facts.md is of that card). MACs and PCI addresses are made unique per host.
 */
import type { AddressPlan } from '../lab/address-plan';
import { hex2 } from './hex';
import type { CiscoPort, CiscoSwitch, PhysicalNic } from './types';

const BROADCOM = 'Broadcom Corporation Broadcom NetXtreme II BCM5709 1000Base-T';
const INTEL = 'Intel Corporation NC360T PCI Express Dual Port Gigabit Server Adapter';

/** vmnic0..3 of host number `n`, all linked at 1000 Mb/s full duplex. */
export function hostNics(n: number): PhysicalNic[] {
  return [
    { name: 'vmnic0', pci: '0000:02:00.00', driver: 'bnx2', mac: `00:10:18:4b:${hex2(n)}:10` },
    { name: 'vmnic1', pci: '0000:02:00.01', driver: 'bnx2', mac: `00:10:18:4b:${hex2(n)}:12` },
    { name: 'vmnic2', pci: '0000:0b:00.00', driver: 'e1000e', mac: `00:26:55:df:${hex2(0xc8 + n)}:98` },
    { name: 'vmnic3', pci: '0000:0b:00.01', driver: 'e1000e', mac: `00:26:55:df:${hex2(0xc8 + n)}:99` },
  ].map((nic) => ({ ...nic, link: 'Up' as const, speedMbps: 1000, description: nic.driver === 'bnx2' ? BROADCOM : INTEL }));
}

const catalyst = (deviceId: string, ip: string, mtu: number, ports: CiscoPort[]): CiscoSwitch => ({
  deviceId,
  platform: 'cisco WS-C3750G-48TS',
  softwareVersion: 'Cisco IOS Software, C3750 Software (C3750-IPSERVICESK9-M), Version 12.2(53)SE2, RELEASE SOFTWARE (fc3)',
  ip,
  mtu,
  ports,
});

const port = (portId: string, host: string, vmnic: string, vlan: number, mode: CiscoPort['mode'] = 'trunk'): CiscoPort => ({ portId, host, vmnic, vlan, mode });

/**
 * A redundant pair of access switches: each host's even vmnics go to sw-access-01 and its odd
 * ones to sw-access-02, so "which port is vmnic1 on" has a different switch than vmnic0.
 */
export function accessPair(plan: AddressPlan, mtu: number): CiscoSwitch[] {
  const hosts = Object.keys(plan.hosts);
  const side = (parity: number) =>
    hosts.flatMap((host, h) => [0, 1, 2, 3].filter((k) => k % 2 === parity).map((k) => port(`GigabitEthernet1/0/${11 + h * 4 + k}`, host, `vmnic${k}`, 1)));
  const [one, two] = [plan.switches['sw-access-01']!, plan.switches['sw-access-02']!];
  return [catalyst(one.name, one.ip, mtu, side(0)), catalyst(two.name, two.ip, mtu, side(1))];
}

/** One core switch for a dvSwitch lab: host h's vmnicK on GigabitEthernet1/0/(h*4+K+1). */
export function coreSwitch(plan: AddressPlan, mtu: number): CiscoSwitch[] {
  const core = plan.switches['sw-core-01']!;
  return [catalyst(core.name, core.ip, mtu, Object.keys(plan.hosts).flatMap((host, h) => [0, 1, 2, 3].map((k) => port(`GigabitEthernet1/0/${h * 4 + k + 1}`, host, `vmnic${k}`, 1))))];
}
