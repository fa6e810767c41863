import { fail, lines, type CommandContext, type CommandResult, type CommandSpec } from '../../types';
import { usage } from '../files/args';
import { readForText } from './input';

/** This lab's terminal does not page: more and less print everything, as they do when not on a terminal. */
function page(name: string, help: string, { host, argv, stdin }: CommandContext): CommandResult {
  const operands = argv.slice(1).filter((arg) => arg === '-' || !arg.startsWith('-'));
  if (operands.length === 0 && stdin === null) return fail(usage(help));
  let stdout = '';
  const errors: string[] = [];
  for (const source of readForText(host, name, operands, stdin, 'open')) {
    if (source.ok) stdout += source.text.endsWith('\n') || source.text === '' ? source.text : `${source.text}\n`;
    else errors.push(source.error);
  }
  return { stdout, stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0 };
}

const MORE_HELP = `Usage: more [FILE]...

View FILE (or stdin) one screenful at a time.
This lab's terminal scrolls instead: more prints everything at once.`;

const LESS_HELP = `Usage: less [FILE]...

View FILE (or stdin) one screenful at a time.
This lab's terminal scrolls instead: less prints everything at once (its keys are not simulated).`;

export const more: CommandSpec = { name: 'more', summary: 'page through text (prints it all in this lab)', help: MORE_HELP, run: (ctx) => page('more', MORE_HELP, ctx) };

export const less: CommandSpec = { name: 'less', summary: 'page through text (prints it all in this lab)', help: LESS_HELP, run: (ctx) => page('less', LESS_HELP, ctx) };
