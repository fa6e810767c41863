import type { HostState, LabState, OutputLine, ScreenProgram } from '../lab/types';
import { ERRNO_TEXT, SHELL_TEXT } from '../messages/shell';
import { lookup } from '../vfs/tree';
import { writeWithinSpace } from '../vfs/usage';
import { baseName, parentOf, resolvePath } from '../vfs/path';
import { expandTarget, expandWords, shellEnv } from './expand';
import type { AndOr, Pipeline, Script, SimpleCommand } from './parse';
import type { CommandTable } from './registry';
import type { CommandResult } from './types';
import type { KitId } from '../sim/kit';
import { withHost } from '../lab/with-host';

export interface RunOutcome {
  lab: LabState;
  output: OutputLine[];
  exitCode: number;
  clearScreen: boolean;
  /** Kits whose code a command of the line needed and the lab has not loaded. */
  needs: KitId[];
  /** A full-screen program the line's last command opened. */
  screen?: ScreenProgram;
}

/** Virtual time passing for the whole lab (the sim's tick): a command that takes time moves the clock. */
export type Tick = (lab: LabState, ms: number) => LabState;

/**
 * What one typed line may put on the screen, its note included: the terminal keeps 1,000
 * lines, and no real command of the lab prints a third of the characters. Past either, the
 * rest is not shown, the rest of the line is not run, and one line says so.
 */
export const MAX_OUTPUT_LINES = 1000;
export const MAX_OUTPUT_CHARS = 64 * 1024;

interface State {
  tick: Tick;
  lab: LabState;
  hostId: string;
  output: OutputLine[];
  /** Characters shown so far, against MAX_OUTPUT_CHARS. */
  shownChars: number;
  /** Output was cut at a cap; nothing more is shown. */
  cut: boolean;
  clearScreen: boolean;
  commands: CommandTable;
  needs: KitId[];
  screen?: ScreenProgram;
}

const isUp = (lab: LabState, hostId: string) => lab.hosts[hostId]?.console.screen === 'running';
/** A line goes on while its host is up and its output has room: past the cap the rest is not run, so its work stays bounded. */
const goesOn = (state: State) => isUp(state.lab, state.hostId) && !state.cut;

/** Runs a parsed line. A command that takes the host down (reboot) ends the rest of the line. */
export function runScript(lab: LabState, hostId: string, script: Script, commands: CommandTable, tick: Tick): RunOutcome {
  const state: State = { tick, lab, hostId, output: [], shownChars: 0, cut: false, clearScreen: false, commands, needs: [] };
  let status = lab.hosts[hostId]!.shell.lastStatus;
  for (const andOr of script) {
    if (!goesOn(state)) break;
    status = runAndOr(state, andOr);
    setStatus(state, status);
  }
  if (state.cut) state.output.push({ text: SHELL_TEXT.outputCut(MAX_OUTPUT_LINES, MAX_OUTPUT_CHARS), kind: 'system' });
  return { lab: state.lab, output: state.output, exitCode: status, clearScreen: state.clearScreen, needs: state.needs, ...(state.screen ? { screen: state.screen } : {}) };
}

function runAndOr(state: State, andOr: AndOr): number {
  let status = runPipeline(state, andOr.first);
  for (const { op, pipeline } of andOr.rest) {
    if (!goesOn(state)) break;
    setStatus(state, status);
    if ((op === '&&' && status === 0) || (op === '||' && status !== 0)) status = runPipeline(state, pipeline);
  }
  return status;
}

function runPipeline(state: State, pipeline: Pipeline): number {
  let stdin: string | null = null;
  let status = 0;
  pipeline.forEach((command, index) => {
    if (!goesOn(state)) return;
    const last = index === pipeline.length - 1;
    const result = runSimple(state, command, stdin, last);
    if (result.clearScreen) { state.output = []; state.shownChars = 0; state.cut = false; state.clearScreen = true; }
    const [before, after] = last ? splitLines(result.stdout, result.stdoutLinesFirst ?? 0) : ['', ''];
    emit(state, before, 'stdout');
    emit(state, result.stderr, 'stderr');
    emit(state, after, 'stdout');
    if (last) markLiveLine(state, result);
    stdin = result.stdout;
    status = result.exitCode;
  });
  return status;
}

function runSimple(state: State, command: SimpleCommand, pipedIn: string | null, lastInPipe: boolean): CommandResult {
  const host = state.lab.hosts[state.hostId]!;
  const env = shellEnv(host);
  const expanded = expandWords(command.words, env, host);
  if (!expanded.ok) return { stdout: '', stderr: `${expanded.error}\n`, exitCode: 126 };
  const argv = expanded.words;
  const redirected = applyInputRedirects(host, command, env, pipedIn);
  if ('error' in redirected) return { stdout: '', stderr: redirected.error, exitCode: 1 };
  const result = argv.length === 0 ? { stdout: '', stderr: '', exitCode: 0 } : invoke(state, argv, redirected.stdin, env, lastInPipe && !command.redirects.some((r) => r.fd === 1 && r.mode !== 'read'));
  if (result.lab) state.lab = result.lab;
  if (result.takesMs && result.takesMs > 0) state.lab = state.tick(state.lab, result.takesMs);
  if (result.needsKit && !state.needs.includes(result.needsKit)) state.needs.push(result.needsKit);
  return applyOutputRedirects(state, command, env, result, argv[0] ?? '-ash');
}

function invoke(state: State, argv: string[], stdin: string | null, env: Record<string, string>, toTerminal: boolean): CommandResult {
  const name = argv[0]!;
  const host = state.lab.hosts[state.hostId]!;
  const path = name.includes('/') ? resolvePath(host.shell.cwd, name) : null;
  const { commands } = state;
  const known = path === null ? name : byPath(path, env, commands);
  const spec = commands.find(known);
  if (spec && argv.slice(1).includes('--help')) return { stdout: spec.help.endsWith('\n') ? spec.help : `${spec.help}\n`, stderr: '', exitCode: 0 };
  if (spec) return spec.run({ lab: state.lab, hostId: state.hostId, host, argv, stdin, env, toTerminal, commands });
  const kit = commands.unloadedKit(known);
  if (kit) return { stdout: '', stderr: `${SHELL_TEXT.notLoaded(name)}\n`, exitCode: 127, needsKit: kit };
  if (commands.isNotSimulated(name) || (path !== null && commands.isNotSimulated(byPath(path, env, commands, commands.isNotSimulated)))) return { stdout: '', stderr: `${SHELL_TEXT.notSimulated(name)}\n`, exitCode: 127 };
  return { stdout: '', stderr: `${SHELL_TEXT.notFound(name)}\n`, exitCode: 127 };
}

/** The command a path names (`./hostd` in /etc/init.d, `/sbin/services.sh`): itself, or a `known` PATH command in that directory. */
function byPath(path: string, env: Record<string, string>, commands: CommandTable, known = (name: string) => commands.find(name) !== undefined || commands.unloadedKit(name) !== undefined): string {
  if (known(path)) return path;
  const inPath = (env.PATH ?? '').split(':').includes(parentOf(path));
  return inPath && known(baseName(path)) ? baseName(path) : path;
}

function applyInputRedirects(host: HostState, command: SimpleCommand, env: Record<string, string>, stdin: string | null): { stdin: string | null } | { error: string } {
  let input = stdin;
  for (const redirect of command.redirects) {
    if (redirect.mode !== 'read') continue;
    const path = expandTarget(redirect.target, env, host);
    const found = lookup(host.vfs.root, resolvePath(host.shell.cwd, path));
    if (!found.ok) return { error: `${SHELL_TEXT.cannotOpen(path, ERRNO_TEXT[found.error])}\n` };
    if (found.node.kind !== 'file') return { error: `${SHELL_TEXT.cannotOpen(path, ERRNO_TEXT.EISDIR)}\n` };
    input = found.node.text ?? '';
  }
  return { stdin: input };
}

/** `>`, `>>`, `2>`: what `writer` printed goes into files, within the space of the ramdisk or volume each lands on. */
function applyOutputRedirects(state: State, command: SimpleCommand, env: Record<string, string>, result: CommandResult, writer: string): CommandResult {
  let { stdout, stderr, exitCode } = result;
  let stdoutBytes = result.stdoutBytes;
  for (const redirect of command.redirects) {
    if (redirect.mode === 'read') continue;
    if (redirect.mode === 'dup-stdout') { if (stderr !== '') stdoutBytes = undefined; stdout += stderr; stderr = ''; continue; }
    const host = state.lab.hosts[state.hostId]!;
    const path = expandTarget(redirect.target, env, host);
    const text = redirect.fd === 2 ? stderr : stdout;
    if (redirect.fd === 2) stderr = ''; else stdout = '';
    if (path === '/dev/null') continue;
    const written = writeWithinSpace(host.vfs, resolvePath(host.shell.cwd, path), text, redirect.mode === 'append', redirect.fd === 2 ? undefined : stdoutBytes);
    if (!written.ok) {
      const full = written.error === 'ENOSPC' || written.error === 'EFBIG';
      stderr += `${full ? SHELL_TEXT.writeError(writer, ERRNO_TEXT[written.error]) : SHELL_TEXT.cannotCreate(path, ERRNO_TEXT[written.error])}\n`;
      exitCode = 1;
      continue;
    }
    state.lab = withHost(state.lab, { ...host, vfs: { ...host.vfs, root: written.root } });
  }
  return { ...result, stdout, stderr, exitCode };
}

/**
 * A command's progress line (redrawn in place) or full screen, when its output reached the
 * terminal: a redirect to a file keeps only what was printed, as a real tty-less run would.
 */
function markLiveLine(state: State, result: CommandResult) {
  state.screen = result.screen;
  const live = result.redrawsLastLine;
  if (!live || result.stdout === '') return;
  for (let index = state.output.length - 1; index >= 0; index--) {
    if (state.output[index]!.kind !== 'stdout') continue;
    state.output[index] = { ...state.output[index]!, live };
    return;
  }
}

/** The first `n` lines of a text (with their newlines) and the rest. */
function splitLines(text: string, n: number): [string, string] {
  let at = 0;
  for (let i = 0; i < n && at < text.length; i++) {
    const next = text.indexOf('\n', at);
    at = next < 0 ? text.length : next + 1;
  }
  return [text.slice(0, at), text.slice(at)];
}

/** Adds a command's text to the screen, line by line, up to the caps. */
function emit(state: State, text: string, kind: 'stdout' | 'stderr') {
  if (text === '' || state.cut) return;
  // Only what could still be shown is split into lines, so a huge text costs no more than the cap.
  const room = MAX_OUTPUT_CHARS - state.shownChars;
  const visible = text.length > room + 1 ? text.slice(0, room + 1) : text;
  const body = visible.endsWith('\n') ? visible.slice(0, -1) : visible;
  for (const line of body.split('\n')) {
    const left = MAX_OUTPUT_CHARS - state.shownChars;
    // One line is kept for the note that says the output was cut.
    const full = state.output.length >= MAX_OUTPUT_LINES - 1;
    if (full || line.length > left) {
      if (!full) state.output.push({ text: line.slice(0, left), kind });
      state.cut = true;
      return;
    }
    state.output.push({ text: line, kind });
    state.shownChars += line.length;
  }
  if (visible !== text) state.cut = true;
}

function setStatus(state: State, status: number) {
  const host = state.lab.hosts[state.hostId];
  if (!host || host.shell.lastStatus === status) return;
  state.lab = withHost(state.lab, { ...host, shell: { ...host.shell, lastStatus: status } });
}
