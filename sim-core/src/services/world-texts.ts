import { WORLD_RULES, type WorldRule } from './worlds';

/**
 * What each world does and what stops working without it: the seed's descriptions in our
 * words; where the seed says nothing, the text says so. For the views that explain worlds
 * (the process explorer), kept apart from the rules every host needs.
 */
export interface WorldText {
  what: string;
  /** What stops working while it is not running. */
  breaks: string;
}

const CIM = 'Hardware health over CIM (port 5989) stops answering.';
const CIM_HELPER = 'A provider or helper process of the CIM broker.';

export const WORLD_TEXTS: Readonly<Record<string, WorldText>> = {
  'vmkeventd': { what: 'Captures VMkernel events.', breaks: 'VMkernel events are no longer collected.' },
  'vmklogger': { what: 'Logs VMkernel events.', breaks: 'VMkernel events are no longer logged.' },
  'hostd-poll': { what: 'One of the two processes of hostd, the host agent through which the vSphere Client and vCenter reach the host.', breaks: 'The vSphere Client and vCenter cannot manage the host.' },
  'hostd-worker': { what: 'The other process of hostd, the host agent.', breaks: 'The vSphere Client and vCenter cannot manage the host.' },
  'vpxa': { what: 'The vCenter agent: takes vCenter Server\'s commands and passes them to hostd. Runs only on a host managed by vCenter.', breaks: 'vCenter Server loses the host (shown as not responding).' },
  'sfcbd': { what: 'The CIM broker: remote tools query hardware health and status through the CIM standard.', breaks: CIM },
  'sfcb-vmware_int': { what: CIM_HELPER, breaks: CIM },
  'sfcb-vmware_aux': { what: CIM_HELPER, breaks: CIM },
  'sfcb-vmware_raw': { what: CIM_HELPER, breaks: CIM },
  'sfcb-vmware_bas': { what: CIM_HELPER, breaks: CIM },
  'sfcb-qlgc': { what: CIM_HELPER, breaks: CIM },
  'sfcb-HTTP-Daemon': { what: 'The CIM broker\'s HTTP(S) front end (ports 5988 and 5989).', breaks: CIM },
  'sfcb-ProviderManager': { what: CIM_HELPER, breaks: CIM },
  'slpd': { what: 'The SLP daemon (port 427): lets CIM clients find the CIM server.', breaks: 'CIM clients can no longer discover the host\'s CIM service.' },
  'vmware-usbarbitrator': { what: 'USB arbitration: makes USB devices plugged into the host usable by guests.', breaks: 'Guests cannot use the host\'s USB devices.' },
  'vobd': { what: 'The seed gives no description of this daemon.', breaks: 'Not described by our sources.' },
  'vprobed': { what: 'The VProbes daemon: instruments a running guest and VMware\'s own software.', breaks: 'VProbes instrumentation is unavailable.' },
  'openwsmand': { what: 'Openwsman: the WS-Management protocol, installed and running by default.', breaks: 'WS-Management requests fail.' },
  'vix-high-p': { what: 'The VIX API: guest operations inside virtual machines, carried out by VMware Tools with guest credentials.', breaks: 'Guest operations through VIX fail.' },
  'vix-poll': { what: 'Part of VIX; the seed gives no more detail.', breaks: 'Guest operations through VIX fail.' },
  'dropbearmulti': { what: 'Dropbear, the SSH server (client, server, key generator and scp in one binary). Runs only while remote Tech Support Mode is on.', breaks: 'SSH logins are refused.' },
  'net-cdp': { what: 'Cisco Discovery Protocol: which Cisco switch port a vSwitch uplink is plugged into.', breaks: 'CDP information about the physical switch is not collected.' },
  'net-lbt': { what: 'The Load-Based Teaming daemon (lbtd).', breaks: 'Load-Based Teaming stops rebalancing dvSwitch ports.' },
  'net-dvs': { what: 'Distributed vSwitch support.', breaks: 'Distributed vSwitch work on the host stops.' },
  'busybox': { what: 'BusyBox, here running ash: the Tech Support Mode shell.', breaks: 'The shell session ends.' },
  'helper1-0': { what: 'A VMkernel helper world; the seed does not say more.', breaks: 'Not described by our sources.' },
  'dcui': { what: 'The Direct Console User Interface on the host\'s local console.', breaks: 'The local console menus are unavailable.' },
  'vmkiscsid': { what: 'The open-iSCSI initiator daemon (files /etc/vmware/vmkiscsid/iscsid.conf and initiatorname.iscsi). Runs only with software iSCSI enabled.', breaks: 'Software iSCSI sessions are not managed.' },
  'iscsi_trans_vmklink': { what: 'Part of software iSCSI; the seed gives no more detail.', breaks: 'Software iSCSI is affected.' },
  'iscsivmk-log': { what: 'Part of software iSCSI; the seed gives no more detail.', breaks: 'Software iSCSI is affected.' },
  'vmotionServer': { what: 'Part of vMotion (the seed gives no more detail); vMotion traffic arrives on port 8000 of a VMkernel interface with vMotion enabled.', breaks: 'Virtual machines cannot be migrated to this host.' },
  'agent': { what: 'The VMware HA agent: installed and started when the host joins an HA cluster.', breaks: 'The host no longer takes part in HA.' },
};

/** Every world with what it does, in the rules' order. */
export const WORLDS: readonly (WorldRule & WorldText)[] = WORLD_RULES.map((rule) => ({ ...rule, ...WORLD_TEXTS[rule.name]! }));
