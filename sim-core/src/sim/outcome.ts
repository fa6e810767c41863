import type { HostState, LabState } from '../lab/types';
import { EVENT_TEXT } from '../messages/events';

/**
 * What `dispatch` returns: the lab after the event, and when the event changed nothing because
 * it could not be carried out, why (a widget shows `message` as it is). Events come from
 * widgets, saved labs and tests; none of them may throw.
 */
export type RefusalCode =
  /** No kit knows this event type (prototype names such as `constructor` included). */
  | 'unknown-event'
  /** The event is not an object, or a field has the wrong type. */
  | 'malformed'
  /** The event names a host this lab does not have. */
  | 'unknown-host'
  /** The host is not running (it is at its boot console). */
  | 'host-down'
  /** A kit this page has not loaded yet owns the event. */
  | 'not-loaded'
  /** Well formed, but the lab cannot do it (a VLAN of 5000, a reboot of a host already booting). */
  | 'invalid';

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export interface Outcome {
  lab: LabState;
  refused?: Refusal;
}

export const accept = (lab: LabState): Outcome => ({ lab });
export const refuse = (lab: LabState, code: RefusalCode, message: string): Outcome => ({ lab, refused: { code, message } });

/** The fields of an event, or null when it is not an object (events may come from anywhere). */
export const fieldsOf = (event: unknown): Readonly<Record<string, unknown>> | null =>
  typeof event === 'object' && event !== null && !Array.isArray(event) ? (event as Record<string, unknown>) : null;

/** The running host an event names, or the refusal to return. */
export function eventHost(lab: LabState, event: Readonly<Record<string, unknown>>, mustRun = true): HostState | Outcome {
  const id = event.host;
  if (typeof id !== 'string') return refuse(lab, 'malformed', EVENT_TEXT.noHostField(String(event.type)));
  if (!Object.hasOwn(lab.hosts, id)) return refuse(lab, 'unknown-host', EVENT_TEXT.unknownHost(id));
  const host = lab.hosts[id]!;
  if (mustRun && host.console.screen !== 'running') return refuse(lab, 'host-down', EVENT_TEXT.hostDown(id));
  return host;
}

export const isOutcome = (value: HostState | Outcome): value is Outcome => 'lab' in value;
