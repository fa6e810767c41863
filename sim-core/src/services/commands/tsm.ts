import type { HostState } from '../../lab/types';
import { TSM_TEXT } from '../../messages/tsm';
import { LOG_FILES, appendLog } from '../actions';
import { shellOffered } from '../tsm-state';
import { worldIdOf } from '../worlds';

/** Tech Support Mode as the shell sees it on every host (esxi-facts.md, "Tech Support Mode"). */

/** Why no shell is offered (both local and remote TSM are off, and no session outlived their switching off), or null when one is. */
export function tsmClosedBecause(host: HostState): string | null {
  if (shellOffered(host.services.tsm)) return null;
  return TSM_TEXT.tsmDisabled(host.id);
}

/** Every command typed in Tech Support Mode goes to syslog (/var/log/messages). */
export function logTsmCommand(host: HostState, nowMs: number, line: string): HostState {
  if (line === '') return host;
  return appendLog(host, nowMs, LOG_FILES.messages, TSM_TEXT.tsmLogged(worldIdOf(host, 'busybox'), line));
}
