/**
 * The network kit's presets. Hosts come from the services kit's builders (so `ps`, the port
 * map and the DCUI keep working) with a network added; the lab-level part is in layouts.ts.
 */
import type { LabEvent, HostState } from '../lab/types';
import type { Preset } from '../lab/preset-types';
import { SERVICES_PRESETS } from '../services/presets';
import type { VmkNic } from '../services/types';
import { hostNics } from './hardware';
import { DVS_VMKNICS } from './layouts';
import type { HostNetwork, PortGroup, StandardSwitch } from './types';

function servicesHosts(presetId: string): HostState[] {
  return SERVICES_PRESETS.find((preset) => preset.id === presetId)!.hosts();
}

const hostNumber = (host: HostState) => Number(/\d+$/.exec(host.id)?.[0] ?? 1);

const pg = (name: string, vlan: number, vmPorts = 0): PortGroup => ({ name, vlan, vmPorts, teaming: 'portId' });

const vswitch = (name: string, uplinks: string[], portGroups: PortGroup[], mtu = 1500, cdp: StandardSwitch['cdp'] = 'listen'): StandardSwitch =>
  ({ name, numPorts: 128, mtu, uplinks, cdp, portGroups });

/** vSwitch0 as the installer leaves it, with a second uplink and a few VMs. */
const vSwitch0 = (cdp: StandardSwitch['cdp'] = 'listen') => vswitch('vSwitch0', ['vmnic0', 'vmnic1'], [pg('VM Network', 0, 3), pg('Management Network', 0)], 1500, cdp);

const withNetwork = (host: HostState, network: HostNetwork, vmknics?: VmkNic[]): HostState => ({
  ...host,
  network,
  ...(vmknics && host.services ? { services: { ...host.services, vmknics } } : {}),
});

function standardHost(cdp: StandardSwitch['cdp']): HostState[] {
  return servicesHosts('standalone-host').map((host) => withNetwork(host, { nics: hostNics(hostNumber(host)), vswitches: [vSwitch0(cdp)] }));
}

/** vMotion on vSwitch1 (vmnic2, vmnic3) with jumbo frames, except where `mtu1500` says. */
function jumboHosts(mtu1500: string): HostState[] {
  return servicesHosts('two-host-cluster').map((host) => {
    const n = hostNumber(host);
    const vmknics = (host.services?.vmknics ?? []).map((nic) => (nic.name === 'vmk1' ? { ...nic, vmotion: true, mtu: 9000 } : nic));
    const vSwitch1 = vswitch('vSwitch1', ['vmnic2', 'vmnic3'], [pg('vMotion', 20)], host.id === mtu1500 ? 1500 : 9000);
    return withNetwork(host, { nics: hostNics(n), vswitches: [vSwitch0(), vSwitch1] }, vmknics);
  });
}

/** Every VMkernel NIC on the dvSwitch; subnets 192.168.10/20/30/40/50 for management, vMotion, iSCSI, NFS, FT. */
function dvsHosts(): HostState[] {
  return servicesHosts('two-host-cluster').map((host) => {
    const n = hostNumber(host);
    const vmknics: VmkNic[] = DVS_VMKNICS.map((vmk, i) => ({ name: vmk.name, portGroup: vmk.portGroup, ip: `192.168.${10 * (i + 1)}.${10 + n}`, vmotion: vmk.pool === 'vmotion' }));
    return withNetwork(host, { nics: hostNics(n), vswitches: [] }, vmknics);
  });
}

const demand = (host: string, mbps: number, port?: string): LabEvent => (port ? { type: 'net-demand', host, port, mbps } : { type: 'net-demand', host, pool: 'virtualMachine', mbps });

export const NETWORK_PRESETS: readonly Preset[] = [
  {
    id: 'network-lab',
    title: 'A host and its standard vSwitch',
    description: 'esx01 on its own: vSwitch0 with uplinks vmnic0 and vmnic1, port groups VM Network and Management Network (vmk0); vmnic2 and vmnic3 are free. CDP listens.',
    hosts: () => standardHost('listen'),
  },
  {
    id: 'cdp-down',
    title: 'A host that does not listen to CDP',
    description: 'esx01 with vSwitch0 (vmnic0, vmnic1) cabled to two Cisco access switches, but CDP on vSwitch0 is down.',
    hosts: () => standardHost('down'),
  },
  {
    id: 'jumbo-mismatch',
    title: 'Jumbo frames that do not get through',
    description: 'esx01 and esx02 carry vMotion on vmk1 (MTU 9000) over vSwitch1 (vmnic2, vmnic3); the Cisco switches run jumbo frames. Somewhere on the path one hop still has MTU 1500.',
    hosts: () => jumboHosts('esx02'),
  },
  {
    id: 'dvswitch-lab',
    title: 'Two hosts on a distributed switch',
    description: 'esx01 and esx02, managed by vCenter vc01, share dvSwitch (dvUplink1-4 = vmnic0-3 on each host) with Network I/O Control on. Each host runs 20 VMs on dvPortgroup VM Network and has VMkernel ports for management, vMotion, iSCSI, NFS and FT logging.',
    hosts: dvsHosts,
  },
  {
    id: 'vmotion-starves',
    title: 'vMotion starving the virtual machines',
    description: 'The dvSwitch lab while esx01 sends a vMotion over vmnic0 (dvUplink1), which its VMs share. Someone gave vMotion traffic High shares and virtual machine traffic Low.',
    hosts: dvsHosts,
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
    hosts: dvsHosts,
    then: [demand('esx01', 40), ...['100', '104', '108', '112', '116'].map((port) => demand('esx01', 250, port))],
  },
  {
    id: 'nioc-manual-example',
    title: 'The NIOC example from the 4.1 manual',
    description: 'The dvSwitch lab with esx01 sending all six kinds of traffic out of vmnic0 (dvUplink1) at once, more than it can carry. Fault tolerance and iSCSI have High shares (100), the other four pools Normal (50).',
    hosts: dvsHosts,
    then: [
      { type: 'nioc-shares', pool: 'faultTolerance', shares: 'high' },
      { type: 'nioc-shares', pool: 'iscsi', shares: 'high' },
      ...DVS_VMKNICS.map((vmk) => demand('esx01', 1000, vmk.name)),
      demand('esx01', 200),
    ],
  },
];
