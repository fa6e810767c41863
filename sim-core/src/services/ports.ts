import type { HostState } from '../lab/types';

/**
 * What listens on a 4.1 host, derived from what runs (esxi-facts.md, "Ports"). There is no
 * host firewall in 4.1: a port is open exactly when something listens on it.
 */
export interface PortRule {
  port: number | string;
  protocol: 'TCP' | 'UDP';
  direction: 'in' | 'out';
  process: string;
  purpose: string;
  /** null: open now; otherwise why not. */
  closedBecause: (host: HostState) => string | null;
}

const needs = (service: string, label = service) => ({ services }: HostState) => (services.running[service] === false ? `${label} is stopped` : null);
const always = () => null;

export const PORT_RULES: readonly PortRule[] = [
  { port: 22, protocol: 'TCP', direction: 'in', process: 'dropbearmulti', purpose: 'SSH (remote Tech Support Mode)', closedBecause: ({ services: s }) => (s.tsm.remote ? null : 'remote Tech Support Mode (SSH) is disabled') },
  { port: 80, protocol: 'TCP', direction: 'in', process: 'hostd', purpose: 'Redirects to the HTTPS welcome page on 443', closedBecause: needs('hostd') },
  { port: 443, protocol: 'TCP', direction: 'in', process: 'hostd', purpose: 'hostd\'s reverse proxy: vSphere Client, vCenter, the vSphere API, WS-Management', closedBecause: needs('hostd') },
  { port: 902, protocol: 'TCP', direction: 'in', process: 'vmware-authd', purpose: 'Authentication, VM console for the vSphere Client, NFC (provisioning, copying disks)', closedBecause: always },
  { port: 903, protocol: 'TCP', direction: 'in', process: 'vmware-authd', purpose: 'Remote console (MKS) traffic', closedBecause: always },
  { port: 427, protocol: 'UDP', direction: 'in', process: 'slpd', purpose: 'SLP: CIM clients find the CIM server', closedBecause: needs('slpd') },
  { port: 5988, protocol: 'TCP', direction: 'in', process: 'sfcb-HTTP-Daemon', purpose: 'CIM over HTTP', closedBecause: needs('sfcbd-watchdog', 'the CIM broker (sfcbd)') },
  { port: 5989, protocol: 'TCP', direction: 'in', process: 'sfcb-HTTP-Daemon', purpose: 'CIM over HTTPS: hardware health', closedBecause: needs('sfcbd-watchdog', 'the CIM broker (sfcbd)') },
  { port: 8000, protocol: 'TCP', direction: 'in', process: 'vmotionServer', purpose: 'vMotion, between hosts\' VMkernel interfaces', closedBecause: ({ network }) => (network.vmknics.some((nic) => nic.vmotion) ? null : 'no VMkernel interface has vMotion enabled') },
  { port: 902, protocol: 'UDP', direction: 'out', process: 'vpxa', purpose: 'Heartbeat to vCenter Server', closedBecause: (host) => (host.services.managedBy === null ? 'the host is not managed by vCenter' : needs('vpxa')(host)) },
  { port: 53, protocol: 'UDP', direction: 'out', process: 'resolver', purpose: 'DNS client (the host serves no DNS)', closedBecause: always },
  { port: 123, protocol: 'UDP', direction: 'out', process: 'ntpd', purpose: 'NTP client', closedBecause: always },
  { port: 3260, protocol: 'TCP', direction: 'out', process: 'vmkiscsid', purpose: 'Software iSCSI to the storage array', closedBecause: ({ services: s }) => (s.softwareIscsi ? null : 'software iSCSI is not enabled') },
  { port: '2050-2250', protocol: 'UDP', direction: 'out', process: 'agent', purpose: 'VMware HA', closedBecause: ({ services: s }) => (s.haCluster === null ? 'the host is not in an HA cluster' : null) },
];

export interface PortState {
  rule: PortRule;
  open: boolean;
  because: string | null;
}

/** Every rule with whether it applies now; a host that is down has nothing open. */
export function portStates(host: HostState): PortState[] {
  const down = host.console.screen !== 'running';
  return PORT_RULES.map((rule) => {
    const because = down ? `${host.id} is not running` : rule.closedBecause(host);
    return { rule, open: because === null, because };
  });
}

export function isListening(host: HostState, port: number): boolean {
  return portStates(host).some((state) => state.rule.direction === 'in' && state.rule.port === port && state.open);
}
