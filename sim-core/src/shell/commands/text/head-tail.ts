import { fail, lines, type CommandResult, type CommandContext, type CommandSpec } from '../../types';
import { badOption, parseArgs } from '../files/args';
import { readForText, splitLines } from './input';
import { TEXT_TEXT } from './messages';

type Which = 'head' | 'tail';

/** `-5` is old-style for `-n 5`. */
const modernise = (args: readonly string[]) => args.flatMap((arg) => (/^-\d+$/.test(arg) ? ['-n', arg.slice(1)] : [arg]));

interface Amount { count: number; fromStart: boolean; bytes: boolean }

function amount(which: Which, values: Record<string, string[]>): Amount | { invalid: string } {
  const bytes = values.c !== undefined;
  const raw = (bytes ? values.c : values.n)?.at(-1) ?? '10';
  const fromStart = which === 'tail' && raw.startsWith('+');
  const digits = fromStart ? raw.slice(1) : raw;
  if (!/^\d+$/.test(digits)) return { invalid: raw };
  return { count: Number(digits), fromStart, bytes };
}

function pick(which: Which, text: string, { count, fromStart, bytes }: Amount): string {
  if (bytes) {
    if (which === 'head') return text.slice(0, count);
    return fromStart ? text.slice(Math.max(0, count - 1)) : count === 0 ? '' : text.slice(-count);
  }
  const all = splitLines(text);
  const chosen = which === 'head' ? all.slice(0, count) : fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count);
  return lines(chosen);
}

function run(which: Which, help: string, { host, argv, stdin }: CommandContext): CommandResult {
  const parsed = parseArgs(modernise(argv.slice(1)), which === 'head' ? 'ncqv' : 'fFncqvs', 'ncs');
  if (!parsed.ok) return fail(badOption(which, help, parsed));
  const wanted = amount(which, parsed.values);
  if ('invalid' in wanted) return fail(`${TEXT_TEXT.invalidNumber(which, wanted.invalid)}\n`);
  const sources = readForText(host, which, parsed.operands, stdin, 'open');
  const headers = parsed.flags.has('v') || (sources.length > 1 && !parsed.flags.has('q'));
  let stdout = '';
  const errors: string[] = [];
  let first = true;
  for (const source of sources) {
    if (!source.ok) { errors.push(source.error); continue; }
    if (headers) stdout += `${first ? '' : '\n'}==> ${source.stdin ? TEXT_TEXT.standardInput : source.name} <==\n`;
    first = false;
    stdout += pick(which, source.text, wanted);
  }
  const exitCode = errors.length > 0 ? 1 : 0;
  if (which === 'tail' && (parsed.flags.has('f') || parsed.flags.has('F'))) errors.push(TEXT_TEXT.tailFollow);
  return { stdout, stderr: lines(errors), exitCode };
}

const HEAD_HELP = `Usage: head [OPTIONS] [FILE]...

Print first 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.
With no FILE, or when FILE is -, read standard input.

Options:
	-n N	Print first N lines instead of first 10
	-N	Same as -n N
	-c N	Output the first N bytes
	-q	Never output headers giving file names
	-v	Always output headers giving file names`;

const TAIL_HELP = `Usage: tail [OPTIONS] [FILE]...

Print last 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.
With no FILE, or when FILE is -, read standard input.

Options:
	-n N	Print last N lines instead of last 10; -n +N starts at line N
	-N	Same as -n N
	-c N	Output the last N bytes
	-f	Output data as the file grows (not simulated in this lab)
	-q	Never output headers giving file names
	-v	Always output headers giving file names`;

export const head: CommandSpec = { name: 'head', summary: 'print the first lines of files', help: HEAD_HELP, run: (ctx) => run('head', HEAD_HELP, ctx) };

export const tail: CommandSpec = { name: 'tail', summary: 'print the last lines of files', help: TAIL_HELP, run: (ctx) => run('tail', TAIL_HELP, ctx) };
