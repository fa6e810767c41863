import { KIT_ORDER, MAX_LINE_LENGTH, PROMPT, type ExecResult, type HostState } from '#sim-core/core';
import { UI } from '../ui/strings';
import { execInLab, getLab } from './labs';
import { loadCommandsOf } from './sim';
import { appendLines, sessionKey } from './transcripts';
import { openScreen } from './screens';
// Progress lines in the transcripts follow their lab's clock.
import './live-lines';

let queue: Promise<unknown> = Promise.resolve();

/**
 * A line typed (or tapped) into a lab's shell: echoed with its prompt, then its output. When a
 * command of the line belongs to a kit this page has not loaded (ps on the networking page),
 * the kit is fetched and the same line runs again on the lab as it is then, so every page
 * answers a line as the REPL does. Lines run in the order given; each waits for the one before.
 */
export function runLine(labId: string, host: string, line: string): Promise<number> {
  return inTurn(() => run(labId, host, line));
}

/** Runs a task once the lines typed before it have run, and before any typed after (a lab link's replay). */
export function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const mine = queue.then(task);
  queue = mine.catch(() => undefined);
  return mine;
}

/** A typed line as its session shows it: after the prompt, when the shell is up. */
function echoOf(before: HostState | undefined, line: string) {
  // A pasted line past the shell's limit is echoed only as far as the shell would read it.
  const shown = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
  return before?.console.screen === 'running' ? [{ text: `${PROMPT(before.shell.cwd)}${shown}`, kind: 'prompt' as const }] : [];
}

/** What a line adds to its session's transcript: its echo, then its output. */
export const printedBy = (before: HostState | undefined, line: string, result: ExecResult) => ({ lines: [...echoOf(before, line), ...result.output], clear: result.clearScreen });

async function run(labId: string, host: string, line: string): Promise<number> {
  const key = sessionKey(labId, host);
  const before = getLab(labId)?.hosts[host];
  const echo = echoOf(before, line);
  let result = execInLab(labId, host, line);
  // Each run may reveal another kit (`ps && esxtop` reaches esxtop only once ps runs): at most one round per kit.
  for (let round = 0; result && result.needs.length > 0 && round < KIT_ORDER.length; round++) {
    try {
      await loadCommandsOf(result.needs);
    } catch {
      appendLines(key, [...echo, { text: UI.terminal.kitFailed, kind: 'system' }]);
      return 1;
    }
    result = execInLab(labId, host, line);
  }
  if (!result) {
    appendLines(key, [{ text: UI.terminal.noLab(labId), kind: 'system' }]);
    return 1;
  }
  const printed = printedBy(before, line, result);
  appendLines(key, printed.lines, printed.clear);
  if (result.screen) openScreen(key, result.screen);
  return result.exitCode;
}
