import { PORT_RULES, WORLDS, runningWorlds, worldRuns } from '#sim-core/services';
import type { HostState } from '#sim-core/core';

export interface WorldRow {
  name: string;
  id: string;
  service: string;
  running: boolean;
  state: string;
  what: string;
  ports: string;
  breaks: string;
}

/** Why a world that is not running is not: its service stopped, or its condition unmet. */
function notRunningBecause(host: HostState, service: string | undefined): string {
  if (host.console.screen !== 'running') return `${host.id} is not running`;
  if (service && host.services.running[service] === false) return `${service} is stopped`;
  return 'not needed in this lab right now';
}

/** Every world the seed names, running or not, as the process explorer lists them. */
export function worldRows(host: HostState): WorldRow[] {
  const running = new Map(runningWorlds(host).map((world) => [world.name, world]));
  return WORLDS.map((info) => {
    const live = host.console.screen === 'running' ? running.get(info.name) : undefined;
    const ports = PORT_RULES.filter((rule) => rule.process === info.name || (info.service !== undefined && rule.process === info.service && info.name.startsWith(info.service)))
      .map((rule) => `${rule.port}/${rule.protocol}${rule.direction === 'out' ? ' out' : ''}`)
      .join(', ');
    return {
      name: info.name,
      id: live ? String(live.id) : '',
      service: info.service ?? '',
      running: live !== undefined && (host.services ? worldRuns(info, host.services) : false),
      state: live ? 'running' : `not running: ${notRunningBecause(host, info.service)}`,
      what: info.what,
      ports,
      breaks: info.breaks,
    };
  });
}

export function matchesFilter(row: WorldRow, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return [row.name, row.service, row.what, row.ports, row.state].some((field) => field.toLowerCase().includes(needle));
}
