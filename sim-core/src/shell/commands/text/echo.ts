import { ok, type CommandSpec } from '../../types';

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Interprets backslash escapes as `echo -e` does; `\c` ends the output there. */
function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i === text.length - 1) { out += ch; continue; }
    const next = text[i + 1]!;
    if (next === 'c') return { text: out, stop: true };
    if (SIMPLE[next] !== undefined) { out += SIMPLE[next]; i++; continue; }
    const octal = /^0?([0-7]{1,3})/.exec(text.slice(i + 1));
    if (octal) { out += String.fromCharCode(parseInt(octal[1]!, 8) & 0xff); i += octal[0].length; continue; }
    out += ch;
  }
  return { text: out, stop: false };
}

export const echo: CommandSpec = {
  name: 'echo',
  summary: 'print its arguments',
  help: `Usage: echo [-neE] [ARG]...

Print the specified ARGs to stdout

Options:
	-n	Suppress trailing newline
	-e	Interpret backslash-escaped characters (\\n newline, \\t tab, \\\\ backslash, \\c stop)
	-E	Disable interpretation of backslash-escaped characters (default)`,
  run: ({ argv }) => {
    let newline = true;
    let escapes = false;
    let index = 1;
    for (; index < argv.length; index++) {
      const arg = argv[index]!;
      if (!/^-[neE]+$/.test(arg)) break;
      for (const letter of arg.slice(1)) {
        if (letter === 'n') newline = false;
        else escapes = letter === 'e';
      }
    }
    const joined = argv.slice(index).join(' ');
    if (!escapes) return ok(newline ? `${joined}\n` : joined);
    const { text, stop } = unescape(joined);
    return ok(newline && !stop ? `${text}\n` : text);
  },
};
