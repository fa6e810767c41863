import { lines, type CommandResult, type CommandSpec } from '../../types';
import { badOption, parseArgs, usage } from '../files/args';
import { compilePatterns, MAX_GREP_STEPS, StepBudgetExceeded, type Matcher } from './grep-pattern';
import { readForText, splitLines } from './input';
import { GREP_LIMIT_TEXT, TEXT_TEXT } from './messages';

const SIMULATED = 'HhnlLcoqvsiwxFEe';
/** busybox grep options this lab does not model: they say so instead of pretending. */
const NOT_SIMULATED = 'rABCf';

const HELP = `Usage: grep [-HhnlLcoqvsiwxFE] [-e PATTERN]... PATTERN [FILE]...

Search for PATTERN in each FILE or standard input

Options:
	-H	Prefix output lines with the file name
	-h	Do not prefix output lines with the file name
	-n	Prefix each line with its line number
	-l	Print only the names of files with a match
	-L	Print only the names of files without a match
	-c	Print only a count of matching lines
	-o	Print only the matching parts of lines
	-q	Quiet: print nothing, exit 0 at the first match
	-v	Select the lines that do not match
	-s	Suppress messages about files that cannot be read
	-i	Ignore case
	-w	Match whole words only
	-x	Match whole lines only
	-F	PATTERN is a fixed string, not a regular expression
	-E	PATTERN is an extended regular expression
	-e PATTERN	A pattern to match (may be repeated)

Exit status: 0 a line was selected, 1 none was, 2 an error occurred`;

const fail2 = (stderr: string): CommandResult => ({ stdout: '', stderr, exitCode: 2 });

export const grep: CommandSpec = {
  name: 'grep',
  summary: 'print the lines that match a pattern',
  help: HELP,
  run: ({ host, argv, stdin }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), SIMULATED + NOT_SIMULATED, 'eABCf');
    if (!parsed.ok) return fail2(badOption('grep', HELP, parsed));
    const { flags } = parsed;
    const unsupported = [...flags].find((letter) => NOT_SIMULATED.includes(letter));
    if (unsupported) return fail2(`grep: option -${unsupported} is not simulated in this lab\n`);
    const operands = [...parsed.operands];
    const patterns = parsed.values.e ?? (operands.length > 0 ? [operands.shift()!] : []);
    if (patterns.length === 0) return fail2(usage(HELP));
    const compiled = compilePatterns(patterns, {
      fixed: flags.has('F'), extended: flags.has('E'), ignoreCase: flags.has('i'), word: flags.has('w'), line: flags.has('x'),
    });
    if (!compiled.ok) return fail2(`${TEXT_TEXT.badRegex(compiled.pattern, compiled.reason)}\n`);
    try {
      return search(compiled.matcher, flags, operands, readForText(host, 'grep', operands, stdin, 'plain'));
    } catch (error) {
      if (error instanceof StepBudgetExceeded) return fail2(`${GREP_LIMIT_TEXT.tooComplex(MAX_GREP_STEPS)}\n`);
      throw error;
    }
  },
};

/** Every input through the matcher, printed as the flags ask. */
function search(matcher: Matcher, flags: ReadonlySet<string>, operands: readonly string[], sources: ReturnType<typeof readForText>): CommandResult {
  const invert = flags.has('v');
  const withNames = flags.has('H') || (operands.length > 1 && !flags.has('h'));
  const out: string[] = [];
  const errors: string[] = [];
  let matched = false;
  for (const source of sources) {
    if (!source.ok) { if (!flags.has('s')) errors.push(source.error); continue; }
    const name = source.name === '-' ? `(${TEXT_TEXT.standardInput})` : source.name;
    const prefix = withNames ? `${name}:` : '';
    let count = 0;
    splitLines(source.text).forEach((text, index) => {
      if (matcher.test(text) === invert) return;
      count++;
      if (flags.has('c') || flags.has('l') || flags.has('L') || flags.has('q')) return;
      const head = `${prefix}${flags.has('n') ? `${index + 1}:` : ''}`;
      if (!flags.has('o') || invert) { out.push(`${head}${text}`); return; }
      for (const found of matcher.matches(text)) out.push(`${head}${found}`);
    });
    if (count > 0) matched = true;
    if (flags.has('q') && matched) return { stdout: '', stderr: lines(errors), exitCode: 0 };
    if (flags.has('l') && count > 0) out.push(name);
    else if (flags.has('L') && count === 0) out.push(name);
    else if (flags.has('c') && !flags.has('l') && !flags.has('L')) out.push(`${prefix}${count}`);
  }
  if (flags.has('q')) return { stdout: '', stderr: lines(errors), exitCode: errors.length > 0 ? 2 : 1 };
  return { stdout: lines(out), stderr: lines(errors), exitCode: errors.length > 0 ? 2 : matched ? 0 : 1 };
}
