/**
 * A terminal whose host is down (a reboot, a failed boot) shows the way to the host's console:
 * a button right after the command box that moves the keyboard to the boot console when the
 * page has one, or else, below the command box, what that console shows, with its keys as
 * buttons (a failed boot waits for Enter: without them an embedded terminal would wait forever). The transcript says
 * which, once per change, so a screen reader hears it in the terminal's log. Fetched the first
 * time a terminal's host is down.
 */
import { consoleView, type ConsoleKey, type HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { $transcripts, appendLines, sessionKey } from '../../stores/transcripts';
import { consoleFocus } from '../shared/console-focus';
import { replaceTexts, setText } from '../shared/dom';
import { TERMINAL_TEXT } from './strings';
import { CONSOLE_TEXT } from '../boot-console/strings';

const T = TERMINAL_TEXT.down;
const wasDown = new WeakMap<HTMLElement, boolean>();

/** Says a line in the session's transcript unless it is the last one already (two terminals on one session say it once). */
function say(session: string, text: string) {
  if ($transcripts.get()[session]?.at(-1)?.text === text) return;
  appendLines(session, [{ text, kind: 'system' }]);
}

/** The console as text, and the keys that apply as buttons labelled as the console's own. */
function drawMirror(terminal: HTMLElement, mirror: HTMLElement, labId: string, hostId: string, host: HostState) {
  const view = consoleView(host);
  replaceTexts(mirror.querySelector('.esxi-terminal__console-lines')!, 'p', [view.title, ...view.lines]);
  for (const button of mirror.querySelectorAll<HTMLButtonElement>('[data-console-key]')) {
    const key = button.dataset.consoleKey as ConsoleKey;
    button.hidden = !view.keys.includes(key as never);
    if (key === 'Enter') setText(button, CONSOLE_TEXT.enter[view.enterMeans]);
    button.onclick ??= () => sendEvent(labId, { type: 'console-key', host: hostId, key });
  }
  terminal.querySelector<HTMLInputElement>('.esxi-terminal__input')!.placeholder = T.booting(hostId);
}

/** Draws the terminal's way to the console for the host as it is now: called on each of its renders once the host has been down. */
export function drawHostDown(terminal: HTMLElement, labId: string, hostId: string, host: HostState) {
  const session = sessionKey(labId, hostId);
  const down = host.console.screen !== 'running';
  const toConsole = consoleFocus(session);
  const button = terminal.querySelector<HTMLButtonElement>('.esxi-terminal__to-console')!;
  const mirror = terminal.querySelector<HTMLElement>('.esxi-terminal__down')!;
  if (!button.onclick) button.onclick = () => consoleFocus(session)?.();
  const active = document.activeElement;
  button.hidden = !(down && toConsole);
  mirror.hidden = !(down && !toConsole);
  if (down && !toConsole) drawMirror(terminal, mirror, labId, hostId, host);
  // A button that had the keyboard and went (the host is up, or its key no longer applies) hands it to the command box, not to the page's top.
  if (active instanceof HTMLElement && terminal.contains(active) && active.closest('[hidden]')) terminal.querySelector<HTMLInputElement>('.esxi-terminal__input')!.focus();
  if (down === (wasDown.get(terminal) ?? false)) return;
  wasDown.set(terminal, down);
  say(session, !down ? T.up(hostId) : toConsole ? T.withConsole(hostId) : T.noConsole(hostId));
}
