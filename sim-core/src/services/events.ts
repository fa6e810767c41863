/** The services kit's events: a key at a host's DCUI, and starting or stopping a service (the process explorer's buttons). */
import type { LabEvent, LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { EVENT_TEXT } from '../messages/events';
import { SERVICES_REFUSALS } from './refusals';
import { accept, eventHost, fieldsOf, isOutcome, refuse, type Outcome } from '../sim/outcome';
import { isKnownService, setService } from './actions';
import { pressDcuiKey } from './dcui';
import { isDcuiKey } from './dcui-menus';

/** Alt+Fn switch consoles; on the DCUI, F2 logs in to System Customization. A key that does nothing here is not refused. */
export function dcuiKey(lab: LabState, event: LabEvent): Outcome {
  const fields = fieldsOf(event)!;
  const host = eventHost(lab, fields);
  if (isOutcome(host)) return host;
  if (!isDcuiKey(fields.key)) return refuse(lab, 'malformed', EVENT_TEXT.badField('dcui-key', 'key', 'a DCUI key (F2, Up, Down, Enter, Escape, Alt+F1 ...)'));
  const next = pressDcuiKey(host, fields.key, lab.clock.nowMs);
  return accept(next === host ? lab : withHost(lab, next));
}

export function serviceAction(lab: LabState, event: LabEvent): Outcome {
  const fields = fieldsOf(event)!;
  const host = eventHost(lab, fields);
  if (isOutcome(host)) return host;
  const { service, action } = fields;
  if (action !== 'start' && action !== 'stop') return refuse(lab, 'malformed', EVENT_TEXT.badField('service', 'action', '"start" or "stop"'));
  if (typeof service !== 'string' || !isKnownService(service)) return refuse(lab, 'invalid', SERVICES_REFUSALS.unknownService(String(service).slice(0, 40)));
  return accept(withHost(lab, setService(host, lab.clock.nowMs, service, action === 'start')));
}
