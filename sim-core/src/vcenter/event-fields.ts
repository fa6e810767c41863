/** What vCenter's event handlers share: reading an event's string fields, and refusing with a reason. */
import type { LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';
import { REACH_TEXT } from '../messages/profiles';
import { VCENTER_TEXT as T } from '../messages/vcenter';
import type { EventHandler } from '../sim/kit';
import { accept, refuse, type Outcome } from '../sim/outcome';
import { reachStatus } from './inventory';

export type Fields = Readonly<Record<string, unknown>>;

/** A string field, or the refusal to return. */
function text(lab: LabState, event: Fields, field: string): string | Outcome {
  const value = event[field];
  return typeof value === 'string' ? value : refuse(lab, 'malformed', EVENT_TEXT.badField(String(event.type), field, 'a string'));
}
export const isOutcome = (value: unknown): value is Outcome => typeof value === 'object' && value !== null && 'lab' in value;

/** A host vCenter manages and reaches, or the refusal. */
export function reachable(lab: LabState, hostId: string): string | Outcome {
  if (!Object.hasOwn(lab.hosts, hostId)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(hostId));
  const reach = reachStatus(lab, hostId);
  if (reach === 'unmanaged') return refuse(lab, 'invalid', T.notManaged(hostId));
  if (reach !== 'connected') return refuse(lab, 'invalid', T.unreachable(hostId, REACH_TEXT[reach]));
  return hostId;
}

export const fromChange = (lab: LabState, change: { ok: true; lab: LabState } | { ok: false; because: string }): Outcome =>
  (change.ok ? accept(change.lab) : refuse(lab, 'invalid', change.because));

/** Runs a handler with the named string fields read first. */
export const withFields = (names: readonly string[], run: (lab: LabState, values: string[], event: Fields) => Outcome): EventHandler => (lab, event) => {
  const values: string[] = [];
  for (const name of names) {
    const value = text(lab, event as Fields, name);
    if (isOutcome(value)) return value;
    values.push(value);
  }
  return run(lab, values, event as Fields);
};

export { accept, refuse };
