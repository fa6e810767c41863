import { enterLoader, handleConsoleKey, tickConsole } from '../boot/loader';
import { withHost } from './with-host';
import { eventHandler, tickKits } from '../kits/registry';
import type { LabEvent, LabState } from './types';

/** The longest step of virtual time one tick may take (an hour): bigger steps are clamped. */
export const MAX_TICK_MS = 3_600_000;
export const MAX_ANSWER_LENGTH = 200;

/** Everything that is not a typed line: keys at the console, power, time passing, answers. */
export function dispatch(lab: LabState, event: LabEvent): LabState {
  switch (event.type) {
    case 'console-key': {
      const host = lab.hosts[event.host];
      return host ? withHost(lab, handleConsoleKey(host, event.key)) : lab;
    }
    case 'power': {
      const host = lab.hosts[event.host];
      if (!host) return lab;
      if (event.action === 'reboot' && host.console.screen !== 'running') return lab;
      return withHost(lab, enterLoader(host));
    }
    case 'tick':
      return tick(lab, event.ms);
    case 'answer': {
      const value = String(event.value).slice(0, MAX_ANSWER_LENGTH).trim();
      return { ...lab, answers: { ...lab.answers, [String(event.question)]: value } };
    }
    default: {
      // Events of a subsystem kit (the DCUI, traffic, ...); unknown ones change nothing.
      const handler = eventHandler(String((event as { type: unknown }).type));
      return handler ? handler(lab, event) : lab;
    }
  }
}

function tick(lab: LabState, ms: number): LabState {
  const step = Number.isFinite(ms) ? Math.min(Math.max(0, Math.floor(ms)), MAX_TICK_MS) : 0;
  if (step === 0) return lab;
  const nowMs = lab.clock.nowMs + step;
  let next: LabState = { ...lab, clock: { nowMs } };
  for (const host of Object.values(next.hosts)) next = withHost(next, tickConsole(host, step, nowMs));
  return tickKits(next, step);
}
