import { ok, type CommandSpec } from '../../types';
import { SESSION_TEXT } from './messages';

export const clear: CommandSpec = {
  name: 'clear',
  summary: 'clear the screen',
  help: 'Usage: clear\n\nClear screen',
  run: () => ({ stdout: '', stderr: '', exitCode: 0, clearScreen: true }),
};

export const trueCommand: CommandSpec = {
  name: 'true',
  summary: 'do nothing, successfully (exit status 0)',
  help: 'Usage: true\n\nReturn an exit code of TRUE (0)',
  run: () => ok(),
};

export const falseCommand: CommandSpec = {
  name: 'false',
  summary: 'do nothing, unsuccessfully (exit status 1)',
  help: 'Usage: false\n\nReturn an exit code of FALSE (1)',
  run: () => ({ stdout: '', stderr: '', exitCode: 1 }),
};

const leave = (name: 'exit' | 'logout'): CommandSpec => ({
  name,
  summary: 'end the session (this lab keeps it open)',
  help: `Usage: ${name}${name === 'exit' ? ' [N]' : ''}\n\nLeave the shell. In this lab the Tech Support Mode session stays open`,
  run: () => ok(`${SESSION_TEXT.exit(name)}\n`),
});

export const exit = leave('exit');
export const logout = leave('logout');
