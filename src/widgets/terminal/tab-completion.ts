/**
 * Tab completion in a terminal's command box (fetched when the box first has focus): the
 * completion is sim-core's (shell/complete.ts, the lab's commands and the host's files), what a
 * Tab does with it is tab-step.ts's, and a screen reader hears the outcome in the terminal's
 * status line, or in its log when the matches are listed.
 */
import { PROMPT } from '#sim-core/core';
import { complete, listMatches } from '#sim-core/complete';
import { getLab } from '../../stores/labs';
import { $sim } from '../../stores/sim';
import { appendLines, sessionKey } from '../../stores/transcripts';
import { TERMINAL_TEXT } from './strings';
import { tabStep, type TabMemory } from './tab-step';

const T = TERMINAL_TEXT.tab;

/** Binds Tab (and Escape, which lets the next Tab leave) to the command box; returns the unbinding. */
export function bindTabCompletion(input: HTMLInputElement, status: HTMLElement, labId: string, hostId: string): () => void {
  let memory: TabMemory = null;
  let afterEscape = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      afterEscape = true;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) {
      if (event.key !== 'Shift') afterEscape = false;
      return;
    }
    const host = getLab(labId)?.hosts[hostId];
    const line = input.value;
    const cursor = input.selectionStart ?? line.length;
    // A host that is down has no shell to complete in: Tab moves on.
    const done = host?.console.screen === 'running' ? complete(host, line, cursor, $sim.get().commandNames()) : { line, cursor, matches: [] };
    const step = tabStep(memory, afterEscape || !host, line, cursor, done);
    afterEscape = false;
    memory = step.memory;
    if (step.action === 'leave') return;
    event.preventDefault();
    if (step.action === 'write') {
      input.value = done.line;
      input.setSelectionRange(done.cursor, done.cursor);
      status.textContent = T.wrote(done.line);
    } else if (step.action === 'list') {
      // As ash: the line with its prompt, the matches below it, and the line still there to go on typing.
      appendLines(sessionKey(labId, hostId), [{ text: `${PROMPT(host!.shell.cwd)}${line}`, kind: 'prompt' }, ...listMatches(done.matches).map((text) => ({ text, kind: 'stdout' as const }))]);
    } else {
      // Set even when unchanged: a screen reader hears each Tab's outcome.
      status.textContent = done.matches.length === 0 ? T.none : T.several(done.matches.length);
    }
  };
  const forget = () => {
    memory = null;
  };
  input.addEventListener('keydown', onKey);
  input.addEventListener('input', forget);
  return () => {
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('input', forget);
  };
}
