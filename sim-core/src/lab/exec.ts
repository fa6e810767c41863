import { SHELL_TEXT } from '../messages/shell';
import { MAX_LINE_LENGTH } from '../shell/limits';
import { parseLine, type Script } from '../shell/parse';
import type { CommandTable } from '../shell/registry';
import { runScript, type RunOutcome, type Tick } from '../shell/run';
import type { ShellHooks } from '../sim/kit';
import { withHost } from './with-host';
import type { ExecResult, HostState, LabState, OutputLine } from './types';

const MAX_HISTORY = 500;

/** What the shell needs of the kits: their commands, and their say over whether a shell is offered. */
export interface ShellSetup {
  commands: CommandTable;
  hooks: readonly ShellHooks[];
  /** Time passing for the whole lab, for a command that runs a while (esxtop -b -n 3). */
  tick: Tick;
}

const result = (lab: LabState, output: OutputLine[], exitCode: number): ExecResult => ({ lab, output, exitCode, clearScreen: false, needs: [] });

/** Why no shell is offered on this host now (a kit's rule, such as Tech Support Mode being off), or null. */
function closedBecause(setup: ShellSetup, host: HostState): string | null {
  for (const hook of setup.hooks) {
    const because = hook.closedBecause?.(host);
    if (because) return because;
  }
  return null;
}

/**
 * A line whose text outgrows what a browser tab can hold (a string past the engine's limit, say
 * a pipe of a huge file into itself) ends as busybox does when memory runs out, and the lab
 * stays as it was before the line; no other error is caught, so a bug still shows.
 */
function runGuarded(lab: LabState, hostId: string, script: Script, commands: CommandTable, tick: Tick): RunOutcome {
  try {
    return runScript(lab, hostId, script, commands, tick);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { lab, output: [{ text: SHELL_TEXT.outOfMemory, kind: 'stderr' }], exitCode: 1, clearScreen: false, needs: [] };
  }
}

/**
 * Runs one line typed at `host`'s shell: the whole public shell in one pure call.
 * Any string is accepted; problems come back as output, never as exceptions.
 */
export function execLine(setup: ShellSetup, lab: LabState, hostId: string, line: string): ExecResult {
  const host = Object.hasOwn(lab.hosts, hostId) ? lab.hosts[hostId] : undefined;
  if (!host) return result(lab, [{ text: SHELL_TEXT.unknownHost(hostId.slice(0, 40)), kind: 'system' }], 1);
  if (host.console.screen !== 'running') return result(lab, [{ text: SHELL_TEXT.hostDown(hostId), kind: 'system' }], 255);
  const closed = closedBecause(setup, host);
  if (closed) return result(lab, [{ text: closed, kind: 'system' }], 1);
  if (line.length > MAX_LINE_LENGTH) return result(lab, [{ text: SHELL_TEXT.lineTooLong(MAX_LINE_LENGTH), kind: 'stderr' }], 2);
  const typed = line.replace(/[\r\n]+/g, ' ').trim();
  const session = { ...host, shell: { ...host.shell, history: [...host.shell.history, typed].slice(-MAX_HISTORY) } };
  const recorded = setup.hooks.reduce((next, hook) => hook.onTypedLine?.(next, lab.clock.nowMs, typed) ?? next, session);
  const remembered = typed === '' ? lab : withHost(lab, recorded);
  const parsed = parseLine(typed);
  if (!parsed.ok) {
    const failed = remembered.hosts[hostId]!;
    return result(withHost(remembered, { ...failed, shell: { ...failed.shell, lastStatus: 2 } }), [{ text: SHELL_TEXT.syntax(parsed.error), kind: 'stderr' }], 2);
  }
  const ran = runGuarded(remembered, hostId, parsed.script, setup.commands, setup.tick);
  const wentDown = ran.lab.hosts[hostId]!.console.screen !== 'running';
  const output = wentDown ? [...ran.output, { text: SHELL_TEXT.connectionClosed(hostId), kind: 'system' as const }] : ran.output;
  return { lab: ran.lab, output, exitCode: ran.exitCode, clearScreen: ran.clearScreen, needs: ran.needs, ...(ran.screen && !wentDown ? { screen: ran.screen } : {}) };
}
