// The busybox shell's commands, fetched by a page when the first line is typed, and the shell
// itself (its parser, interpreter and command table), which no line can run without.
import { execLine } from '../lab/exec';
import { commandTable } from '../shell/registry';
import type { Interpreter } from '../sim/kit';

export { COMMANDS as commands } from '../shell/commands';
export const interpreter: Interpreter = { execLine, commandTable };
