/** The networking chapter's labs: how each differs from the default lab (network/defaults.ts). */
import type { LabEvent, LabState } from '../lab/types';
import type { Preset } from '../lab/preset-types';
import { withHost } from '../lab/with-host';
import { cluster, managedByVcenter } from '../vcenter/cluster';
import { changeHostNetwork, plannedVmknic, vmotionSwitch, withAccessMtu } from './builders';
import { portGroup, standardSwitch, VM_NETWORK_PG } from './defaults';
import { DVS_VMKNICS, dvSwitchNetwork, oneNicDvSwitch } from './layouts';
import type { CdpMode, DvSwitch } from './types';

const twoHosts = [{ id: 'esx01' }, { id: 'esx02' }];

/** esx01 with three VMs on VM Network and vSwitch0's CDP mode as given. */
function standardLab(lab: LabState, cdp: CdpMode): LabState {
  return changeHostNetwork(lab, 'esx01', (net) => ({
    ...net,
    vswitches: net.vswitches.map((sw) => (sw.name === 'vSwitch0' ? { ...sw, cdp, portGroups: sw.portGroups.map((pg) => (pg.name === VM_NETWORK_PG ? { ...pg, vmPorts: 3 } : pg)) } : sw)),
  }));
}

/** vMotion on vSwitch1 with jumbo frames on every host and on the physical switches, except vSwitch1 of `mtu1500`. */
function jumboLab(lab: LabState, mtu1500: string): LabState {
  const managed = withAccessMtu(managedByVcenter(lab), 9000);
  return Object.keys(lab.hosts).reduce((next, id) => vmotionSwitch(next, id, { vmotion: true, mtu: id === mtu1500 ? 1500 : 9000, vmkMtu: 9000 }), managed);
}

/** Every vmnic of both hosts on vCenter's dvSwitch, every VMkernel NIC on a dvPortgroup at its planned address. */
function dvSwitchLab(lab: LabState, dvs?: DvSwitch): LabState {
  const managed = cluster(lab, []);
  const onDvs = Object.keys(lab.hosts).reduce((next, id) => withHost(next, {
    ...next.hosts[id]!,
    network: { ...next.hosts[id]!.network, vswitches: [], vmknics: DVS_VMKNICS.map((vmk) => plannedVmknic(next, id, vmk.name, vmk.portGroup, vmk.subnet, { vmotion: vmk.pool === 'vmotion' })) },
  }), managed);
  return { ...onDvs, network: dvSwitchNetwork(lab.plan, dvs) };
}

/** The virtualization basics chapter's port group: four VMs' virtual NICs, on a switch of their own. */
export const WEB_SERVERS_PG = 'Web Servers';

/** esx01 with vSwitch1 holding four VMs on "Web Servers" and no uplink; vmnic2 and vmnic3 are free. */
const webServersWithoutUplink = (lab: LabState): LabState =>
  changeHostNetwork(lab, 'esx01', (net) => ({ ...net, vswitches: [...net.vswitches, standardSwitch('vSwitch1', [], [portGroup(WEB_SERVERS_PG, 0, 4)])] }));

const demand = (host: string, mbps: number, port?: string): LabEvent => (port ? { type: 'net-demand', host, port, mbps } : { type: 'net-demand', host, pool: 'virtualMachine', mbps });

export const NETWORK_PRESETS: readonly Preset[] = [
  {
    id: 'network-lab',
    title: 'A host and its standard vSwitch',
    description: 'esx01 on its own: vSwitch0 with uplinks vmnic0 and vmnic1, port groups VM Network and Management Network (vmk0); vmnic2 and vmnic3 are free. CDP listens.',
    build: (lab) => standardLab(lab, 'listen'),
  },
  {
    id: 'cdp-down',
    title: 'A host that does not listen to CDP',
    description: 'esx01 with vSwitch0 (vmnic0, vmnic1) cabled to two Cisco access switches, but CDP on vSwitch0 is down.',
    build: (lab) => standardLab(lab, 'down'),
  },
  {
    id: 'jumbo-mismatch',
    title: 'Jumbo frames that do not get through',
    description: 'esx01 and esx02 carry vMotion on vmk1 (MTU 9000) over vSwitch1 (vmnic2, vmnic3); the Cisco switches run jumbo frames. Somewhere on the path one hop still has MTU 1500.',
    hosts: twoHosts,
    build: (lab) => jumboLab(lab, 'esx02'),
  },
  {
    id: 'vms-without-uplink',
    title: 'Virtual machines on a switch without an uplink',
    description: 'esx01 runs four VMs on port group Web Servers, on vSwitch1, which has no physical NIC. vmnic2 (its cable unplugged) and vmnic3 are free.',
    build: webServersWithoutUplink,
    then: [{ type: 'nic-link', host: 'esx01', vmnic: 'vmnic2', up: false }],
  },
  {
    id: 'dvswitch-lab',
    title: 'Two hosts on a distributed switch',
    description: 'esx01 and esx02, managed by vCenter vc01, share dvSwitch (dvUplink1-4 = vmnic0-3 on each host) with Network I/O Control on. Each host runs 20 VMs on dvPortgroup VM Network and has VMkernel ports for management, vMotion, iSCSI, NFS and FT logging.',
    hosts: twoHosts,
    build: (lab) => dvSwitchLab(lab),
  },
  {
    id: 'vmotion-starves',
    title: 'vMotion starving the virtual machines',
    description: 'The dvSwitch lab while esx01 sends a vMotion over vmnic0 (dvUplink1), which its VMs share. Someone gave vMotion traffic High shares and virtual machine traffic Low.',
    hosts: twoHosts,
    build: (lab) => dvSwitchLab(lab),
    then: [
      { type: 'nioc-shares', pool: 'virtualMachine', shares: 'low' },
      { type: 'nioc-shares', pool: 'vmotion', shares: 'high' },
      demand('esx01', 1000, 'vmk1'),
    ],
  },
  {
    id: 'lbt-saturated',
    title: 'One saturated uplink',
    description: 'The dvSwitch lab with quiet VMs, except five on esx01 that all landed on vmnic0 (route based on originating port ID) and fill it.',
    hosts: twoHosts,
    build: (lab) => dvSwitchLab(lab),
    then: [demand('esx01', 40), ...['100', '104', '108', '112', '116'].map((port) => demand('esx01', 250, port))],
  },
  {
    id: 'nioc-manual-example',
    title: 'The NIOC example from the 4.1 manual',
    description: 'The dvSwitch lab with esx01 sending all six kinds of traffic out of vmnic0 (dvUplink1) at once, more than it can carry. Fault tolerance and iSCSI have High shares (100), the other four pools Normal (50).',
    hosts: twoHosts,
    build: (lab) => dvSwitchLab(lab, oneNicDvSwitch()),
    then: [
      { type: 'nioc-shares', pool: 'faultTolerance', shares: 'high' },
      { type: 'nioc-shares', pool: 'iscsi', shares: 'high' },
      ...DVS_VMKNICS.map((vmk) => demand('esx01', 1000, vmk.name)),
      demand('esx01', 200),
    ],
  },
];
