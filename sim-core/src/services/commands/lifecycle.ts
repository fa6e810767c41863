import type { HostState } from '../../lab/types';
import { SERVICES_TEXT } from '../../messages/services';
import { setService } from '../actions';
import type { HostServices } from '../types';
import { WORLD_RULES, worldIdOf } from '../worlds';

/**
 * Starting and stopping one init-script service, as its `/etc/init.d` script does, shared by
 * the scripts and `services.sh`. Each step returns the new host and the lines it printed.
 */
export interface Step {
  host: HostState;
  out: string[];
  /** Problems, for stderr. */
  err: string[];
}

/** A service has something to run here: one of its worlds needs no condition, or its condition holds. */
export function serviceApplies(services: HostServices, service: string): boolean {
  return WORLD_RULES.some((world) => world.service === service && (!world.when || world.when(services)));
}

export function serviceRunning(services: HostServices, service: string): boolean {
  return services.running[service] !== false && serviceApplies(services, service);
}

/** The id the watchdog of a service's first world prints (hostd's `[4133] Begin '...'`). */
const watchdogPid = (host: HostState, service: string): number => {
  const world = WORLD_RULES.find((rule) => rule.service === service);
  return world ? worldIdOf(host, world.name) : 0;
};

/** Stops a service. It prints nothing: 4.1's lines for a stop are not known (esxi-facts.md shows none). */
export function stopService(host: HostState, nowMs: number, service: string): Step {
  const services = host.services!;
  if (!serviceRunning(services, service)) return { host, out: [], err: [] };
  return { host: setService(host, nowMs, service, false), out: [], err: [] };
}

export function startService(host: HostState, nowMs: number, service: string): Step {
  const services = host.services!;
  if (!serviceApplies(services, service)) return { host, out: [], err: [SERVICES_TEXT.cannotStart(service)] };
  if (serviceRunning(services, service)) return { host, out: [SERVICES_TEXT.alreadyRunning(service)], err: [] };
  const started = setService(host, nowMs, service, true);
  return { host: started, out: SERVICES_TEXT.started(service, watchdogPid(started, service)), err: [] };
}

/** Stop (when running) then start: what `restart` does, printing what the start prints. */
export function restartService(host: HostState, nowMs: number, service: string): Step {
  if (!serviceApplies(host.services!, service)) return { host, out: [], err: [SERVICES_TEXT.cannotStart(service)] };
  const stopped = stopService(host, nowMs, service);
  const started = startService(stopped.host, nowMs, service);
  return { host: started.host, out: [...stopped.out, ...started.out], err: [...stopped.err, ...started.err] };
}
