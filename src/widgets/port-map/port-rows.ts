import { portStates } from '#sim-core/services';
import type { HostState } from '#sim-core/core';
import { PORT_MAP_TEXT } from './strings';

export interface PortRow {
  key: string;
  port: string;
  protocol: string;
  direction: string;
  process: string;
  purpose: string;
  now: string;
  open: boolean;
}

/** The port table: every port rule of the host and whether it is open now, and why not. */
export function portRows(host: HostState): PortRow[] {
  const text = PORT_MAP_TEXT;
  return portStates(host).map(({ rule, open, because }) => ({
    key: `${rule.port}-${rule.protocol}-${rule.direction}`,
    port: String(rule.port),
    protocol: rule.protocol,
    direction: text.directions[rule.direction],
    process: rule.process,
    purpose: rule.purpose,
    now: open ? text.open : text.closed(because ?? ''),
    open,
  }));
}
