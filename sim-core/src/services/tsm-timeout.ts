import type { HostState, LabState } from '../lab/types';
import { DCUI_TEXT } from '../messages/dcui';
import { LOG_FILES, appendLog, withServices } from './actions';
import { keepOpenSession } from './tsm-state';
import type { TsmState } from './types';

/**
 * The Tech Support Mode timeout (esxi-facts.md): once set, TSM switches itself off that many
 * minutes after it was enabled (or the timeout changed), while sessions already open keep
 * running. A change the reader makes by hand in the DCUI restarts the count.
 */
export function afterManualChange(tsm: TsmState, nowMs: number): TsmState {
  const { timerStartMs: _running, ...settings } = tsm;
  return settings.timeoutMinutes > 0 && (settings.local || settings.remote) ? { ...settings, timerStartMs: nowMs } : settings;
}

/** When the running timeout ends, or null when none runs. */
export function timeoutEndsAt(tsm: TsmState): number | null {
  return tsm.timerStartMs === undefined || tsm.timeoutMinutes <= 0 ? null : tsm.timerStartMs + tsm.timeoutMinutes * 60_000;
}

function expire(host: HostState): HostState {
  const tsm = host.services.tsm;
  const ends = timeoutEndsAt(tsm);
  if (ends === null) return host;
  const off = withServices(host, (s) => ({ ...s, tsm: keepOpenSession(tsm, { local: false, remote: false, timeoutMinutes: tsm.timeoutMinutes }) }));
  return appendLog(off, ends, LOG_FILES.messages, DCUI_TEXT.timeoutExpiredLog(tsm.timeoutMinutes));
}

/** Moves every host's TSM timeout forward to the lab's clock (a services-kit tick). */
export function tickTsmTimeout(lab: LabState): LabState {
  let hosts = lab.hosts;
  for (const host of Object.values(lab.hosts)) {
    const ends = host.services ? timeoutEndsAt(host.services.tsm) : null;
    if (ends !== null && ends <= lab.clock.nowMs) hosts = { ...hosts, [host.id]: expire(host) };
  }
  return hosts === lab.hosts ? lab : { ...lab, hosts };
}
