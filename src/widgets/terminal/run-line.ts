import { runCommand } from '../../stores/shell';
import { appendLines, sessionKey } from '../../stores/transcripts';
import { UI } from '../../ui/strings';
import { lineNeedsKits, loadKitsFor } from '../shared/kit-loader';

let queue: Promise<void> | null = null;

/**
 * runCommand, after fetching any kit the line names that this page has not loaded (so `ps` on
 * the networking page answers as on the services pages). Lines run in the order given: each
 * waits for the one before. A line that needs nothing new runs at once when none is waiting.
 */
export function runLine(labId: string, host: string, line: string): Promise<void> {
  if (!queue && !lineNeedsKits(line)) {
    runCommand(labId, host, line);
    return Promise.resolve();
  }
  const mine: Promise<void> = (queue ?? Promise.resolve())
    .then(async () => {
      const failed = await loadKitsFor(line);
      if (failed.length > 0) appendLines(sessionKey(labId, host), [{ text: UI.terminal.kitFailed, kind: 'system' }]);
      runCommand(labId, host, line);
    })
    // runCommand answers every line itself; a failure here must not block the lines after it.
    .catch(() => undefined)
    .then(() => {
      if (queue === mine) queue = null;
    });
  queue = mine;
  return mine;
}
