import { lines, ok, type CommandSpec } from '../../types';

/** ash's history builtin: busybox numbers the lines from 0 (`%4d %s`); the line typed last is `history` itself. */
export const history: CommandSpec = {
  name: 'history',
  summary: 'list the commands typed in this session',
  help: `Usage: history

List the commands typed in this shell session (ash builtin), oldest first`,
  run: ({ host }) => ok(lines(host.shell.history.map((line, index) => `${String(index).padStart(4)} ${line}`))),
};
