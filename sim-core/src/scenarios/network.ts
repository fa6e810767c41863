import type { LabState } from '../lab/types';
import { cabling, networkOf } from '../network/state';
import { currentUplinks } from '../network/selectors';
import { pingPath } from '../network/path';
import { LBT_THRESHOLD } from '../network/lbt';
import { vmknicsOf } from '../network/state';
import { WEB_SERVERS_PG } from '../network/presets';
import { choicesFrom, type Scenario } from './types';

const HOST = 'esx01';
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The vmnic behind the vMotion dvPortgroup's first active uplink on esx01. */
function vmotionNic(lab: LabState): string {
  const dvs = networkOf(lab).dvSwitches[0];
  const pg = dvs?.portGroups.find((candidate) => candidate.name === 'vMotion');
  return (pg && dvs?.hosts[HOST]?.[dvs.uplinkNames.indexOf(pg.active[0] ?? '')]) ?? 'vmnic0';
}

export const vmotionStarves: Scenario = {
  id: 'vmotion-starves',
  title: 'vMotion is starving the virtual machines',
  preset: 'vmotion-starves',
  host: HOST,
  goals: [
    {
      id: 'vm-half',
      label: 'Virtual machine traffic gets at least half of the vMotion uplink',
      unmetBecause: (lab) => {
        const vmnic = vmotionNic(lab);
        const uplink = currentUplinks(lab, HOST)[vmnic];
        if (!uplink || uplink.capacityMbps === 0) return `${vmnic} carries nothing now`;
        const share = uplink.byPool.virtualMachine / uplink.capacityMbps;
        // A hair under half still counts: shares split capacity in floating point.
        return share >= 0.5 - 1e-9 ? null : `VM traffic gets ${Math.round(uplink.byPool.virtualMachine)} of ${vmnic}'s ${uplink.capacityMbps} Mb/s (${pct(share)})`;
      },
    },
    {
      id: 'vmotion-runs',
      keep: true,
      label: 'The vMotion still runs (with NIOC on)',
      unmetBecause: (lab) => {
        const dvs = networkOf(lab).dvSwitches[0];
        if (!dvs?.nioc.enabled) return 'Network I/O Control is off: turn it back on and use shares';
        const uplink = currentUplinks(lab, HOST)[vmotionNic(lab)];
        return uplink && uplink.byPool.vmotion >= 100 ? null : 'vMotion traffic was stopped or throttled below 100 Mb/s: let it run and use shares instead';
      },
    },
  ],
  questions: [],
  solution: [
    { kind: 'event', event: { type: 'tick', ms: 5_000 }, says: 'Watch vmnic0 for a few seconds' },
    { kind: 'event', event: { type: 'nioc-shares', pool: 'virtualMachine', shares: 'high' }, says: 'In vCenter: Virtual Machine Traffic shares High' },
    { kind: 'event', event: { type: 'nioc-shares', pool: 'vmotion', shares: 'normal' }, says: 'In vCenter: vMotion Traffic shares Normal' },
    { kind: 'event', event: { type: 'tick', ms: 5_000 }, says: 'Watch VM traffic recover' },
  ],
};

const PORT_CHOICES = {
  'sw-access-01:GigabitEthernet1/0/11': 'sw-access-01, GigabitEthernet1/0/11',
  'sw-access-01:GigabitEthernet1/0/12': 'sw-access-01, GigabitEthernet1/0/12',
  'sw-access-02:GigabitEthernet1/0/11': 'sw-access-02, GigabitEthernet1/0/11',
  'sw-access-02:GigabitEthernet1/0/12': 'sw-access-02, GigabitEthernet1/0/12',
} as const;

/** Where vmnic1's cable really ends, in the form of the choices. */
export function vmnic1Port(lab: LabState): string | null {
  const cable = cabling(lab, HOST, 'vmnic1');
  return cable ? `${cable.sw.deviceId.split('.')[0]}:${cable.port.portId}` : null;
}

export const cdpWhichPort: Scenario = {
  id: 'cdp-which-port',
  title: 'Which Cisco port is vmnic1 plugged into?',
  preset: 'cdp-down',
  host: HOST,
  goals: [
    {
      id: 'listening',
      label: 'vSwitch0 listens to CDP',
      unmetBecause: (lab) => {
        const mode = lab.hosts[HOST]?.network.vswitches.find((sw) => sw.name === 'vSwitch0')?.cdp;
        return mode === 'listen' || mode === 'both' ? null : `CDP on vSwitch0 is ${mode ?? 'missing'}: the host hears nothing from the switches`;
      },
    },
    {
      id: 'port',
      label: 'You named the switch and port of vmnic1',
      unmetBecause: (lab) => {
        const given = lab.answers['vmnic1-port'];
        if (!given) return 'answer the question in the panel';
        return given === vmnic1Port(lab) ? null : 'that is not where vmnic1 goes: read the CDP information for vmnic1';
      },
    },
  ],
  questions: [{ id: 'vmnic1-port', prompt: 'Which Cisco switch and port is vmnic1 plugged into?', choices: choicesFrom(PORT_CHOICES) }],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -b vSwitch0' },
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -B listen vSwitch0' },
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -b vSwitch0' },
    { kind: 'event', event: { type: 'answer', question: 'vmnic1-port', value: 'sw-access-02:GigabitEthernet1/0/12' }, says: 'Answer: sw-access-02, GigabitEthernet1/0/12' },
  ],
};

const HOPS = {
  'esx01-vmk1': 'esx01 vmk1',
  'esx01-vswitch1': 'esx01 vSwitch1',
  'cisco': 'The Cisco switch',
  'esx02-vswitch1': 'esx02 vSwitch1',
  'esx02-vmk1': 'esx02 vmk1',
} as const;

const vmk1Ip = (lab: LabState, host: string) => vmknicsOf(lab.hosts[host]).find((nic) => nic.name === 'vmk1')?.ip ?? '';

export const jumboMismatch: Scenario = {
  id: 'jumbo-mismatch',
  title: 'Jumbo frames fail between esx01 and esx02',
  preset: 'jumbo-mismatch',
  host: HOST,
  goals: [
    {
      id: 'hop',
      label: 'You named the hop with MTU 1500',
      unmetBecause: (lab) => {
        const given = lab.answers['small-hop'];
        if (!given) return 'answer the question in the panel';
        // The preset's mismatch (presets.ts, jumboHosts('esx02')): esx02's vSwitch1 was left at 1500.
        return given === 'esx02-vswitch1' ? null : 'that hop has MTU 9000: compare esxcfg-vswitch -l and esxcfg-vmknic -l on both hosts';
      },
    },
    {
      id: 'jumbo-through',
      label: 'A 9000-byte ping gets from esx01 vmk1 to esx02 vmk1 unfragmented',
      unmetBecause: (lab) => {
        const result = pingPath(lab, HOST, vmk1Ip(lab, 'esx02'), 8972, true, 'vmk1');
        if (result.kind === 'delivered') return null;
        if (result.kind === 'too-long') return `esx01 vmk1 has MTU ${result.mtu}: it cannot send the frame at all`;
        return 'the jumbo frame is still dropped on the way';
      },
    },
  ],
  questions: [{ id: 'small-hop', prompt: 'Which hop still had MTU 1500?', choices: choicesFrom(HOPS) }],
  solution: [
    { kind: 'exec', host: HOST, line: 'vmkping -d -s 8972 192.168.20.12' },
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -l' },
    { kind: 'exec', host: 'esx02', line: 'esxcfg-vswitch -l' },
    { kind: 'event', event: { type: 'answer', question: 'small-hop', value: 'esx02-vswitch1' }, says: 'Answer: esx02 vSwitch1' },
    { kind: 'exec', host: 'esx02', line: 'esxcfg-vswitch -m 9000 vSwitch1' },
    { kind: 'exec', host: HOST, line: 'vmkping -d -s 8972 192.168.20.12' },
  ],
};

export const lbtSpread: Scenario = {
  id: 'lbt-spread',
  title: 'One uplink is saturated',
  preset: 'lbt-saturated',
  host: HOST,
  goals: [
    {
      id: 'lbt-on',
      label: 'VM Network routes based on physical NIC load',
      unmetBecause: (lab) => {
        const pg = networkOf(lab).dvSwitches[0]?.portGroups.find((candidate) => candidate.name === 'VM Network');
        return pg?.teaming === 'loadBased' ? null : `VM Network uses ${pg?.teaming ?? 'nothing'}: port-ID routing never moves a port`;
      },
    },
    {
      id: 'spread',
      label: `No uplink of esx01 is over ${pct(LBT_THRESHOLD)}`,
      unmetBecause: (lab) => {
        const hot = Object.entries(currentUplinks(lab, HOST)).find(([, u]) => u.capacityMbps > 0 && u.offeredMbps / u.capacityMbps > LBT_THRESHOLD);
        return hot ? `${hot[0]} is offered ${pct(hot[1].offeredMbps / hot[1].capacityMbps)} of its capacity` : null;
      },
    },
  ],
  questions: [],
  solution: [
    { kind: 'event', event: { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' }, says: 'In vCenter: VM Network, Route based on physical NIC load' },
    { kind: 'event', event: { type: 'tick', ms: 120_000 }, says: 'Wait two minutes' },
  ],
};

/**
 * Met when the switch that holds the VMs' port group has a physical NIC with a link: the
 * hypervisor then has real hardware to carry their virtual NICs' traffic.
 */
function webServersReachOut(lab: LabState): string | null {
  const net = lab.hosts[HOST]?.network;
  const sw = net?.vswitches.find((candidate) => candidate.portGroups.some((pg) => pg.name === WEB_SERVERS_PG));
  if (!net || !sw) return `no switch of esx01 holds the port group ${WEB_SERVERS_PG} any more: its VMs have nowhere to plug in`;
  if (sw.uplinks.length === 0) return `${sw.name} has no uplink: the VMs' virtual NICs reach each other, but nothing outside esx01`;
  const up = sw.uplinks.filter((vmnic) => net.nics.find((nic) => nic.name === vmnic)?.link === 'Up');
  return up.length > 0 ? null : `${sw.name}'s uplink ${sw.uplinks.join(', ')} has no link (Down in esxcfg-nics -l): its cable goes nowhere`;
}

export const vmsWithoutUplink: Scenario = {
  id: 'vms-without-uplink',
  title: 'Four VMs that cannot reach the network',
  preset: 'vms-without-uplink',
  host: HOST,
  goals: [{ id: 'reach-out', label: `The VMs on ${WEB_SERVERS_PG} reach the physical network through a NIC with a link`, unmetBecause: webServersReachOut }],
  questions: [],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -l' },
    { kind: 'exec', host: HOST, line: 'esxcfg-nics -l' },
    { kind: 'exec', host: HOST, line: 'esxcfg-vswitch -L vmnic3 vSwitch1' },
  ],
};

export const NETWORK_SCENARIOS: readonly Scenario[] = [vmotionStarves, lbtSpread, cdpWhichPort, jumboMismatch, vmsWithoutUplink];
