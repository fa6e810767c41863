import { fail, lines, type CommandSpec } from '../../types';
import { readAll } from '../text/input';
import { badOption, parseArgs } from './args';

const HELP = `Usage: cat [-u] [FILE]...

Concatenate FILEs and print them to stdout (stdin when there is no FILE, or for -)

Options:
	-u	Unbuffered output (ignored, as in busybox)`;

export const cat: CommandSpec = {
  name: 'cat',
  summary: 'print files (or stdin) to the screen',
  help: HELP,
  run: ({ host, argv, stdin }) => {
    const parsed = parseArgs(argv.slice(1), 'u');
    if (!parsed.ok) return fail(badOption('cat', HELP, parsed));
    let stdout = '';
    // The files' sizes are known, so a redirect need not count a large text again byte by byte.
    let bytes: number | undefined = 0;
    const errors: string[] = [];
    for (const source of readAll(host, 'cat', parsed.operands, stdin, 'open')) {
      if (!source.ok) { errors.push(source.error); continue; }
      stdout += source.text;
      bytes = bytes !== undefined && source.bytes !== undefined ? bytes + source.bytes : undefined;
    }
    return { stdout, stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0, ...(bytes !== undefined ? { stdoutBytes: bytes } : {}) };
  },
};
