/**
 * A terminal whose host is down (a reboot, a failed boot) shows the way to the host's console:
 * a button right after the command box that moves the keyboard to the boot console when the
 * page has one, or else, below the command box, what that console shows. The transcript says
 * which, once per change, so a screen reader hears it in the terminal's log. Fetched the first
 * time a terminal's host is down.
 */
import { consoleView, type HostState } from '#sim-core/core';
import { $transcripts, appendLines, sessionKey } from '../../stores/transcripts';
import { consoleFocus } from '../shared/console-focus';
import { replaceTexts } from '../shared/dom';
import { TERMINAL_TEXT } from './strings';

const T = TERMINAL_TEXT.down;
const wasDown = new WeakMap<HTMLElement, boolean>();

/** Says a line in the session's transcript unless it is the last one already (two terminals on one session say it once). */
function say(session: string, text: string) {
  if ($transcripts.get()[session]?.at(-1)?.text === text) return;
  appendLines(session, [{ text, kind: 'system' }]);
}

/** Draws the terminal's way to the console for the host as it is now: called on each of its renders once the host has been down. */
export function drawHostDown(terminal: HTMLElement, labId: string, hostId: string, host: HostState) {
  const session = sessionKey(labId, hostId);
  const down = host.console.screen !== 'running';
  const toConsole = consoleFocus(session);
  const button = terminal.querySelector<HTMLButtonElement>('.esxi-terminal__to-console')!;
  const mirror = terminal.querySelector<HTMLElement>('.esxi-terminal__down')!;
  if (!button.onclick) button.onclick = () => consoleFocus(session)?.();
  // The button leaves as the host comes up: the keyboard goes back to the command box, not to the page's top.
  if (!down && document.activeElement === button) terminal.querySelector<HTMLInputElement>('.esxi-terminal__input')?.focus();
  button.hidden = !(down && toConsole);
  mirror.hidden = !(down && !toConsole);
  if (down && !toConsole) {
    const view = consoleView(host);
    replaceTexts(mirror, 'p', [view.title, ...view.lines]);
  }
  if (down === (wasDown.get(terminal) ?? false)) return;
  wasDown.set(terminal, down);
  say(session, !down ? T.up(hostId) : toConsole ? T.withConsole(hostId) : T.noConsole(hostId));
}
