import type { HostState, LabState, LiveSource, ScreenProgram } from '../lab/types';
import type { KitId } from '../sim/kit';
import type { CommandTable } from './registry';

/** What a command receives. It reads the lab, and returns a new one when it changes the world. */
export interface CommandContext {
  lab: LabState;
  hostId: string;
  host: HostState;
  /** argv[0] is the command name as typed. */
  argv: string[];
  /** Piped or redirected input; null when the command reads from the terminal. */
  stdin: string | null;
  env: Readonly<Record<string, string>>;
  /** True when stdout goes to the screen (not into a pipe or a file), as isatty(1) tells busybox. */
  toTerminal: boolean;
  /** The commands this lab knows (for `help`). */
  commands: CommandTable;
}

export interface CommandResult {
  /** Text, `\n`-separated, normally ending in `\n` when not empty. */
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The new lab, when the command changed something. */
  lab?: LabState;
  clearScreen?: boolean;
  /** The last stdout line is a progress line redrawn in place as time runs (only when stdout is the terminal). */
  redrawsLastLine?: LiveSource;
  /**
   * How long the command ran on the lab's clock (esxtop -b -n 3 -d 5 samples for 10 s): the lab
   * moves on by this much, every kit's time with it, before the next command of the line.
   */
  takesMs?: number;
  /** The command takes over the terminal as a full-screen program (only when stdout is the terminal). */
  screen?: ScreenProgram;
  /** The UTF-8 size of stdout, when the command knows it without counting (cat of files): a large write is then not scanned. */
  stdoutBytes?: number;
  /**
   * On a terminal, stderr shows before stdout unless this says how many stdout lines came
   * first (vmkping prints its PING header, then each failed send).
   */
  stdoutLinesFirst?: number;
  /** The code of this kit is needed to answer (a page that loads kits on demand fetches it and runs the line again). */
  needsKit?: KitId;
}

export interface CommandSpec {
  name: string;
  /** One line for `help`. */
  summary: string;
  /** The text `NAME --help` prints: a usage line, then the options. */
  help: string;
  run: (ctx: CommandContext) => CommandResult;
}

export const ok = (stdout = '', lab?: LabState): CommandResult => ({ stdout, stderr: '', exitCode: 0, ...(lab ? { lab } : {}) });
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({ stdout, stderr, exitCode });

/** Lines to text: every line ends with a newline. */
export const lines = (rows: readonly string[]): string => rows.map((row) => `${row}\n`).join('');

export { withHost } from '../lab/with-host';
