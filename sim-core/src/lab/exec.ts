import { SHELL_TEXT } from '../messages/shell';
import { parseLine } from '../shell/parse';
import { runScript } from '../shell/run';
import { recordTypedLine, shellClosedBecause } from '../kits/registry';
import { withHost } from './with-host';
import type { ExecResult, LabState, OutputLine } from './types';

export const MAX_LINE_LENGTH = 4096;
const MAX_HISTORY = 500;

const result = (lab: LabState, output: OutputLine[], exitCode: number): ExecResult => ({ lab, output, exitCode, clearScreen: false });

/**
 * Runs one line typed at `host`'s shell: the whole public shell in one pure call.
 * Any string is accepted; problems come back as output, never as exceptions.
 */
export function exec(lab: LabState, hostId: string, line: string): ExecResult {
  const host = lab.hosts[hostId];
  if (!host) return result(lab, [{ text: SHELL_TEXT.unknownHost(hostId), kind: 'system' }], 1);
  if (host.console.screen !== 'running') return result(lab, [{ text: SHELL_TEXT.hostDown(hostId), kind: 'system' }], 255);
  const closed = shellClosedBecause(host);
  if (closed) return result(lab, [{ text: closed, kind: 'system' }], 1);
  if (line.length > MAX_LINE_LENGTH) return result(lab, [{ text: SHELL_TEXT.lineTooLong(MAX_LINE_LENGTH), kind: 'stderr' }], 2);

  const typed = line.replace(/[\r\n]+/g, ' ').trim();
  const session = { ...host, shell: { ...host.shell, history: [...host.shell.history, typed].slice(-MAX_HISTORY) } };
  const remembered = typed === '' ? lab : withHost(lab, recordTypedLine(session, lab.clock.nowMs, typed));
  const parsed = parseLine(typed);
  if (!parsed.ok) {
    const failed = remembered.hosts[hostId]!;
    return result(withHost(remembered, { ...failed, shell: { ...failed.shell, lastStatus: 2 } }), [{ text: SHELL_TEXT.syntax(parsed.error), kind: 'stderr' }], 2);
  }
  const ran = runScript(remembered, hostId, parsed.script);
  const wentDown = ran.lab.hosts[hostId]!.console.screen !== 'running';
  const output = wentDown ? [...ran.output, { text: SHELL_TEXT.connectionClosed(hostId), kind: 'system' as const }] : ran.output;
  return { lab: ran.lab, output, exitCode: ran.exitCode, clearScreen: ran.clearScreen };
}
