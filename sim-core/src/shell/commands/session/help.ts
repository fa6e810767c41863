import { fail, lines, ok, type CommandSpec } from '../../types';
import { SESSION_TEXT } from './messages';

/** Names in rows as ash's help builtin prints them: a tab, then names until the line passes 60 columns. */
function wrap(names: readonly string[]): string[] {
  const rows: string[] = [];
  let row = '';
  for (const name of names) {
    row += `${row === '' ? '\t' : ' '}${name}`;
    if (row.length > 60) { rows.push(row); row = ''; }
  }
  if (row !== '') rows.push(row);
  return rows;
}

export const help: CommandSpec = {
  name: 'help',
  summary: 'list the commands this lab knows',
  help: `Usage: help [NAME]

List the commands this lab simulates (ash builtin). With NAME, show that command's help`,
  run: ({ argv, commands }) => {
    const name = argv[1];
    if (name !== undefined) {
      const spec = commands.find(name);
      if (spec) return ok(spec.help.endsWith('\n') ? spec.help : `${spec.help}\n`);
      const kit = commands.unloadedKit(name);
      if (kit) return { ...fail(''), needsKit: kit };
      return fail(`${commands.isNotSimulated(name) ? SESSION_TEXT.helpNotSimulated(name) : SESSION_TEXT.helpUnknown(name)}\n`);
    }
    const commandNames = () => commands.names();
    return ok(lines([
      '',
      SESSION_TEXT.helpHeader,
      SESSION_TEXT.helpRule,
      ...wrap(commandNames().filter((command) => !command.includes('/'))),
      ...wrap(commandNames().filter((command) => command.includes('/'))),
      '',
      SESSION_TEXT.helpHowTo,
      '',
      SESSION_TEXT.helpNotSimulatedHeader,
      ...wrap(commands.notSimulatedNames()),
      '',
    ]));
  },
};
