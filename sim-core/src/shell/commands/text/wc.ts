import { utf8Length } from '../../../vfs/tree';
import { fail, lines, type CommandResult, type CommandSpec } from '../../types';
import { badOption, parseArgs } from '../files/args';
import { readForText } from './input';

const HELP = `Usage: wc [-lwcL] [FILE]...

Print line, word, and byte counts for each FILE, and a total line if
more than one FILE is specified. With no FILE, read standard input.

Options:
	-l	Print the newline counts
	-w	Print the word counts
	-c	Print the byte counts
	-L	Print the length of the longest line`;

const ORDER = ['l', 'w', 'c', 'L'] as const;

/** Counts as busybox does: a word is a run of printable characters between white space. */
function count(text: string): number[] {
  const newlines = (text.match(/\n/g) ?? []).length;
  const words = text.split(/[ \t\n\v\f\r]+/).filter((word) => /[!-~]/.test(word)).length;
  let longest = 0;
  for (const line of text.split(/[\n\r\f]/)) {
    let column = 0;
    for (const ch of line) column = ch === '\t' ? (column | 7) + 1 : ch === '\v' ? column : column + 1;
    longest = Math.max(longest, column);
  }
  return [newlines, words, utf8Length(text), longest];
}

export const wc: CommandSpec = {
  name: 'wc',
  summary: 'count lines, words and bytes',
  help: HELP,
  run: ({ host, argv, stdin }): CommandResult => {
    const parsed = parseArgs(argv.slice(1), 'lwcL');
    if (!parsed.ok) return fail(badOption('wc', HELP, parsed));
    const chosen = parsed.flags.size > 0 ? ORDER.map((flag) => parsed.flags.has(flag)) : [true, true, true, false];
    const onlyStdin = parsed.operands.length === 0;
    // busybox prints a lone count from stdin without padding: `ls | wc -l` gives `9`.
    const bare = onlyStdin && chosen.filter(Boolean).length === 1;
    const format = (counts: number[], name: string) => {
      const cells = counts.filter((_, index) => chosen[index]).map((value, index) => (bare ? String(value) : index === 0 ? String(value).padStart(9) : ` ${String(value).padStart(9)}`));
      return `${cells.join('')}${onlyStdin ? '' : ` ${name}`}`;
    };
    const out: string[] = [];
    const errors: string[] = [];
    const totals = [0, 0, 0, 0];
    const sources = readForText(host, 'wc', parsed.operands, stdin, 'open');
    for (const source of sources) {
      if (!source.ok) { errors.push(source.error); continue; }
      const counts = count(source.text);
      counts.forEach((value, index) => { totals[index] = index === 3 ? Math.max(totals[index]!, value) : totals[index]! + value; });
      out.push(format(counts, source.name));
    }
    if (sources.length > 1) out.push(format(totals, 'total'));
    return { stdout: lines(out), stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0 };
  },
};
