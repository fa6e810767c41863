import type { HostState } from '../lab/types';
import { formatSyslogDate } from '../time/clock';
import { writeText, lookup } from '../vfs/tree';
import type { HostServices } from './types';
import { SERVICE_NAMES, type ServiceName } from './names';

export const LOG_FILES = { messages: '/var/log/messages', hostd: '/var/log/vmware/hostd.log', vpxa: '/var/log/vmware/vpxa.log' } as const;
/** A log keeps about its newest 32 KB (a few hundred lines), as a rotated log would: cut at a line boundary. */
const MAX_LOG_CHARS = 40_000;
const KEPT_LOG_CHARS = 32_000;

/**
 * Appends a line to a log file of the host in syslog's form, `Mon DD HH:MM:SS host process: message`
 * (`message` starts with its process: `root: hostd started`), keeping the newest lines only.
 */
export function appendLog(host: HostState, nowMs: number, file: string, message: string): HostState {
  const found = lookup(host.vfs.root, file);
  const before = found.ok && found.node.kind === 'file' ? (found.node.text ?? '') : '';
  const all = `${before}${formatSyslogDate(nowMs)} ${host.id} ${message}\n`;
  // Trimmed only now and then, so appending stays cheap (every typed line is logged).
  const kept = all.length > MAX_LOG_CHARS ? all.slice(all.indexOf('\n', all.length - KEPT_LOG_CHARS) + 1) : all;
  const written = writeText(host.vfs.root, file, kept);
  return written.ok ? { ...host, vfs: { ...host.vfs, root: written.root } } : host;
}

export function withServices(host: HostState, change: (services: HostServices) => HostServices): HostState {
  return { ...host, services: change(host.services) };
}

export function isKnownService(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}

/** Starts or stops one init-script service and logs it where the real agent would. */
export function setService(host: HostState, nowMs: number, service: string, running: boolean): HostState {
  const changed = withServices(host, (services) => ({ ...services, running: { ...services.running, [service]: running } }));
  const verb = running ? 'started' : 'stopped';
  const logged = appendLog(changed, nowMs, LOG_FILES.messages, `root: ${service} ${verb}`);
  if (service === 'hostd') return appendLog(logged, nowMs, LOG_FILES.hostd, running ? 'Hostd: Starting, Supported API versions and vmodl. Accepting connections.' : 'Hostd: Shutting down.');
  if (service === 'vpxa') return appendLog(logged, nowMs, LOG_FILES.vpxa, running ? 'vpxa: Starting, connecting to hostd.' : 'vpxa: Shutting down.');
  return logged;
}

/** What `services.sh restart` and the DCUI's Restart Management Agents do: every service, in order. */
export function restartAll(host: HostState, nowMs: number): HostState {
  return SERVICE_NAMES.reduce((next, service) => setService(setService(next, nowMs, service, false), nowMs, service, true), host);
}

