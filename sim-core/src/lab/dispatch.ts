import { enterLoader, handleConsoleKey, tickConsole, type AfterBoot } from '../boot/loader';
import { EVENT_TEXT } from '../messages/events';
import { accept, eventHost, isOutcome, refuse, type Outcome } from '../sim/outcome';
import { hourlyBackups, restoreConfig, saveConfig } from './backup';
import { withHost } from './with-host';
import type { ConsoleKey, LabState } from './types';

/** The longest step of virtual time one tick may take (an hour): bigger steps are clamped. */
export const MAX_TICK_MS = 3_600_000;
export const MAX_ANSWER_LENGTH = 200;
const CONSOLE_KEYS: readonly ConsoleKey[] = ['Shift+R', 'Shift+Y', 'Enter', 'Escape', 'other'];

/** The events every lab understands: keys at the boot console, power, time passing, a scenario's answers. */
export const CORE_EVENT_TYPES: readonly string[] = ['console-key', 'power', 'tick', 'answer'];

type Fields = Readonly<Record<string, unknown>>;

/** One core event (its type is one of CORE_EVENT_TYPES). */
export function coreEvent(lab: LabState, event: Fields, afterBoot: AfterBoot): Outcome {
  switch (event.type) {
    case 'console-key': {
      const host = eventHost(lab, event, false);
      if (isOutcome(host)) return host;
      if (!CONSOLE_KEYS.includes(event.key as ConsoleKey)) return refuse(lab, 'malformed', EVENT_TEXT.notConsoleKey(String(event.key)));
      return accept(withHost(lab, handleConsoleKey(host, event.key as ConsoleKey)));
    }
    case 'power': {
      const host = eventHost(lab, event, false);
      if (isOutcome(host)) return host;
      if (event.action !== 'reboot' && event.action !== 'reset') return refuse(lab, 'malformed', EVENT_TEXT.badField('power', 'action', '"reboot" or "reset"'));
      // A reboot is a request to a running system; a reset (the power button) works at any time.
      if (event.action === 'reboot' && host.console.screen !== 'running') return refuse(lab, 'invalid', EVENT_TEXT.notBooting(host.id));
      // A clean reboot runs auto-backup.sh on the way down; a reset loses what was not saved.
      const down = event.action === 'reboot' ? saveConfig(host, lab.clock.nowMs) : restoreConfig(lab, host);
      return accept(withHost(lab, enterLoader(down)));
    }
    case 'tick': {
      if (typeof event.ms !== 'number' || !Number.isFinite(event.ms) || event.ms < 0) return refuse(lab, 'malformed', EVENT_TEXT.badField('tick', 'ms', 'a number of milliseconds, 0 or more'));
      return accept(advanceConsoles(lab, Math.min(Math.floor(event.ms), MAX_TICK_MS), afterBoot));
    }
    default: {
      if (typeof event.question !== 'string' || (typeof event.value !== 'string' && typeof event.value !== 'number')) return refuse(lab, 'malformed', EVENT_TEXT.badField('answer', 'question and value', 'text'));
      const value = String(event.value).slice(0, MAX_ANSWER_LENGTH).trim();
      return accept({ ...lab, answers: { ...lab.answers, [event.question.slice(0, MAX_ANSWER_LENGTH)]: value } });
    }
  }
}

/** The clock moves on and every host's console with it (countdowns, loading); the kits' time follows in the sim. */
function advanceConsoles(lab: LabState, step: number, afterBoot: AfterBoot): LabState {
  if (step === 0) return lab;
  const nowMs = lab.clock.nowMs + step;
  let next: LabState = hourlyBackups({ ...lab, clock: { nowMs } }, lab.clock.nowMs, nowMs);
  for (const host of Object.values(next.hosts)) next = withHost(next, tickConsole(host, step, nowMs, afterBoot));
  return next;
}
