import type { HostState } from '../lab/types';
import type { HostServices } from './types';
import { SERVICE_NAMES, type ServiceName } from './names';

export { SERVICE_NAMES };

/**
 * The worlds (VMkernel processes) the seed names, with what each does, which init-script
 * service controls it, and when it runs at all. What a world does is the seed's description,
 * in our words; where the seed says nothing, the text says so.
 */
export interface WorldInfo {
  name: string;
  /** The `/etc/init.d` service that starts and stops it; none for VMkernel worlds. */
  service?: ServiceName;
  /** Runs only under this condition (besides its service running). */
  when?: (services: HostServices) => boolean;
  what: string;
  /** What stops working while it is not running. */
  breaks: string;
}

const managed = (s: HostServices) => s.managedBy !== null;
const iscsi = (s: HostServices) => s.softwareIscsi;
const CIM = 'Hardware health over CIM (port 5989) stops answering.';

export const WORLDS: readonly WorldInfo[] = [
  { name: 'vmkeventd', what: 'Captures VMkernel events.', breaks: 'VMkernel events are no longer collected.' },
  { name: 'vmklogger', what: 'Logs VMkernel events.', breaks: 'VMkernel events are no longer logged.' },
  { name: 'hostd-poll', service: 'hostd', what: 'One of the two processes of hostd, the host agent through which the vSphere Client and vCenter reach the host.', breaks: 'The vSphere Client and vCenter cannot manage the host.' },
  { name: 'hostd-worker', service: 'hostd', what: 'The other process of hostd, the host agent.', breaks: 'The vSphere Client and vCenter cannot manage the host.' },
  { name: 'vpxa', service: 'vpxa', when: managed, what: 'The vCenter agent: takes vCenter Server\'s commands and passes them to hostd. Runs only on a host managed by vCenter.', breaks: 'vCenter Server loses the host (shown as not responding).' },
  { name: 'sfcbd', service: 'sfcbd-watchdog', what: 'The CIM broker: remote tools query hardware health and status through the CIM standard.', breaks: CIM },
  ...['sfcb-vmware_int', 'sfcb-vmware_aux', 'sfcb-vmware_raw', 'sfcb-vmware_bas', 'sfcb-qlgc', 'sfcb-HTTP-Daemon', 'sfcb-ProviderManager'].map((name): WorldInfo => ({
    name,
    service: 'sfcbd-watchdog',
    what: name === 'sfcb-HTTP-Daemon' ? 'The CIM broker\'s HTTP(S) front end (ports 5988 and 5989).' : 'A provider or helper process of the CIM broker.',
    breaks: CIM,
  })),
  { name: 'slpd', service: 'slpd', what: 'The SLP daemon (port 427): lets CIM clients find the CIM server.', breaks: 'CIM clients can no longer discover the host\'s CIM service.' },
  { name: 'vmware-usbarbitrator', service: 'usbarbitrator', what: 'USB arbitration: makes USB devices plugged into the host usable by guests.', breaks: 'Guests cannot use the host\'s USB devices.' },
  { name: 'vobd', service: 'vobd', what: 'The seed gives no description of this daemon.', breaks: 'Not described by our sources.' },
  { name: 'vprobed', service: 'vprobed', what: 'The VProbes daemon: instruments a running guest and VMware\'s own software.', breaks: 'VProbes instrumentation is unavailable.' },
  { name: 'openwsmand', service: 'wsman', what: 'Openwsman: the WS-Management protocol, installed and running by default.', breaks: 'WS-Management requests fail.' },
  { name: 'vix-high-p', service: 'hostd', what: 'The VIX API: guest operations inside virtual machines, carried out by VMware Tools with guest credentials.', breaks: 'Guest operations through VIX fail.' },
  { name: 'vix-poll', service: 'hostd', what: 'Part of VIX; the seed gives no more detail.', breaks: 'Guest operations through VIX fail.' },
  { name: 'dropbearmulti', when: (s) => s.tsm.remote, what: 'Dropbear, the SSH server (client, server, key generator and scp in one binary). Runs only while remote Tech Support Mode is on.', breaks: 'SSH logins are refused.' },
  { name: 'net-cdp', what: 'Cisco Discovery Protocol: which Cisco switch port a vSwitch uplink is plugged into.', breaks: 'CDP information about the physical switch is not collected.' },
  { name: 'net-lbt', service: 'lbtd', what: 'The Load-Based Teaming daemon (lbtd).', breaks: 'Load-Based Teaming stops rebalancing dvSwitch ports.' },
  { name: 'net-dvs', what: 'Distributed vSwitch support.', breaks: 'Distributed vSwitch work on the host stops.' },
  { name: 'busybox', what: 'BusyBox, here running ash: the Tech Support Mode shell.', breaks: 'The shell session ends.' },
  { name: 'helper1-0', what: 'A VMkernel helper world; the seed does not say more.', breaks: 'Not described by our sources.' },
  { name: 'dcui', what: 'The Direct Console User Interface on the host\'s local console.', breaks: 'The local console menus are unavailable.' },
  { name: 'vmkiscsid', when: iscsi, what: 'The open-iSCSI initiator daemon (files /etc/vmware/vmkiscsid/iscsid.conf and initiatorname.iscsi). Runs only with software iSCSI enabled.', breaks: 'Software iSCSI sessions are not managed.' },
  { name: 'iscsi_trans_vmklink', when: iscsi, what: 'Part of software iSCSI; the seed gives no more detail.', breaks: 'Software iSCSI is affected.' },
  { name: 'iscsivmk-log', when: iscsi, what: 'Part of software iSCSI; the seed gives no more detail.', breaks: 'Software iSCSI is affected.' },
  { name: 'vmotionServer', what: 'Part of vMotion (the seed gives no more detail); vMotion traffic arrives on port 8000 of a VMkernel interface with vMotion enabled.', breaks: 'Virtual machines cannot be migrated to this host.' },
  { name: 'agent', when: (s) => s.haCluster !== null, what: 'The VMware HA agent: installed and started when the host joins an HA cluster.', breaks: 'The host no longer takes part in HA.' },
];


export function worldRuns(world: WorldInfo, services: HostServices): boolean {
  if (world.service && services.running[world.service] === false) return false;
  return world.when ? world.when(services) : true;
}

export interface RunningWorld {
  id: number;
  cartel: number;
  name: string;
  info: WorldInfo;
}

/** The worlds running now, with stable ids (a world keeps its id while its host is up). */
export function runningWorlds(host: HostState): RunningWorld[] {
  const services = host.services;
  if (!services) return [];
  return WORLDS.flatMap((info, index) => {
    if (!worldRuns(info, services)) return [];
    const id = 4096 + index * 37 + (host.boot.bootedAtMs % 997);
    return [{ id, cartel: info.service ? 4096 + SERVICE_NAMES.indexOf(info.service) * 211 : id, name: info.name, info }];
  });
}
