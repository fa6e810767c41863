import type { HostState, LabState } from '../lab/types';
import { portStates } from './ports';
import type { ClientKind } from './types';

/** One step of a connection's path, for the port map: from, to, over which port, and what happened. */
export interface Hop {
  from: string;
  to: string;
  port: string;
  note: string;
  ok: boolean;
}

export interface Connection {
  client: ClientKind;
  ok: boolean;
  hops: Hop[];
  /** Why it failed, in words a reader can act on; null when it worked. */
  because: string | null;
}

export const CLIENTS: readonly { kind: ClientKind; label: string }[] = [
  { kind: 'browser', label: 'Web browser' },
  { kind: 'vsphere-client', label: 'vSphere Client' },
  { kind: 'vcenter', label: 'vCenter Server' },
  { kind: 'console', label: 'VM console (vSphere Client)' },
  { kind: 'ssh', label: 'SSH client' },
  { kind: 'cim', label: 'CIM client' },
  { kind: 'vmotion', label: 'Another ESXi host (vMotion)' },
];

function portCheck(host: HostState, port: number, protocol: 'TCP' | 'UDP' = 'TCP'): string | null {
  const state = portStates(host).find((candidate) => candidate.rule.port === port && candidate.rule.protocol === protocol && candidate.rule.direction === 'in');
  return state ? state.because : `nothing listens on ${port}`;
}

const hop = (from: string, to: string, port: string, note: string, ok = true): Hop => ({ from, to, port, note, ok });

function finish(client: ClientKind, hops: Hop[], because: string | null): Connection {
  return { client, ok: because === null, hops, because };
}

/** Tries a connection from a client to a host and says, hop by hop, what happens. Pure. */
export function tryConnection(lab: LabState, client: ClientKind, hostId: string, fromHostId?: string): Connection {
  const host = lab.hosts[hostId];
  if (!host) return finish(client, [], `there is no host ${hostId} in this lab`);
  const name = host.id;
  const refused = (port: number, why: string, from: string) => finish(client, [hop(from, name, String(port), `refused: ${why}`, false)], `${name} refuses port ${port}: ${why}`);
  const lockdown = host.services.lockdown;
  switch (client) {
    case 'browser': {
      const why = portCheck(host, 80);
      if (why) return refused(80, why, 'browser');
      return finish(client, [hop('browser', name, '80', 'redirected to HTTPS'), hop('browser', name, '443', 'hostd\'s welcome page')], null);
    }
    case 'vsphere-client': {
      const why = portCheck(host, 443);
      if (why) return refused(443, why, 'vSphere Client');
      if (lockdown) return finish(client, [hop('vSphere Client', name, '443', 'login refused: lockdown mode', false)], `${name} is in lockdown mode: manage it through vCenter`);
      return finish(client, [hop('vSphere Client', name, '443', 'hostd answers the vSphere API')], null);
    }
    case 'vcenter': {
      const services = host.services;
      if (!services?.managedBy) return finish(client, [], `${name} is not managed by vCenter Server`);
      const vc = services.managedBy;
      if (services.running.vpxa === false || host.console.screen !== 'running') return finish(client, [hop(vc, name, '443', 'vpxa does not answer', false)], `vpxa is not running on ${name}: vCenter shows the host as not responding`);
      const hops = [hop(vc, name, '443', 'to vpxa, the vCenter agent')];
      const hostd = portCheck(host, 443);
      if (hostd) return finish(client, [...hops, hop('vpxa', 'hostd', 'local', `hostd does not answer: ${hostd}`, false)], `vpxa cannot reach hostd (${hostd}): vCenter shows the host as not responding`);
      return finish(client, [...hops, hop('vpxa', 'hostd', 'local', 'vpxa passes the work to hostd')], null);
    }
    case 'console': {
      const why = portCheck(host, 902);
      if (why) return refused(902, why, 'vSphere Client');
      return finish(client, [hop('vSphere Client', name, '902', 'authentication, then the console'), hop('vSphere Client', name, '903', 'remote console (MKS) traffic')], null);
    }
    case 'ssh': {
      const why = portCheck(host, 22);
      if (why) return refused(22, why, 'SSH client');
      if (lockdown) return finish(client, [hop('SSH client', name, '22', 'login refused: lockdown mode', false)], `${name} is in lockdown mode: direct logins are refused`);
      return finish(client, [hop('SSH client', name, '22', 'dropbear: a Tech Support Mode shell')], null);
    }
    case 'cim': {
      const slp = portCheck(host, 427, 'UDP');
      const why = portCheck(host, 5989);
      if (why) return refused(5989, why, 'CIM client');
      const hops = slp ? [hop('CIM client', name, '5989', 'connects directly (SLP discovery on 427 is down)')] : [hop('CIM client', name, '427/UDP', 'SLP finds the CIM server'), hop('CIM client', name, '5989', 'sfcbd answers over HTTPS')];
      return finish(client, hops, null);
    }
    case 'vmotion': {
      const source = Object.values(lab.hosts).find((candidate) => candidate.id === fromHostId) ?? Object.values(lab.hosts).find((candidate) => candidate.id !== hostId);
      if (!source) return finish(client, [], 'vMotion needs a second host in the lab');
      const sourceVmk = source.network.vmknics.find((nic) => nic.vmotion);
      if (!sourceVmk) return finish(client, [], `${source.id} has no VMkernel interface with vMotion enabled`);
      const why = portCheck(host, 8000);
      if (why) return finish(client, [hop(`${source.id} ${sourceVmk.name}`, name, '8000', `refused: ${why}`, false)], `${name} refuses port 8000: ${why}`);
      const targetVmk = host.network.vmknics.find((nic) => nic.vmotion)!;
      return finish(client, [hop(`${source.id} ${sourceVmk.name}`, `${name} ${targetVmk.name}`, '8000', 'vmotionServer receives the migration')], null);
    }
  }
}
