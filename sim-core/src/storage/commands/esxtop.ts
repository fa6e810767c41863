/**
 * `esxtop`: on the terminal, the interactive screen (the terminal shows esxtopScreen and hands it
 * its keys until q); `esxtop -b -n N [-d D]`, perfmon CSV. Everything else prints the usage.
 */
import { ESXTOP_TEXT as T } from '../../messages/esxtop';
import { fail, lines, ok, type CommandResult, type CommandSpec } from '../../shell/types';
import { esxtopCsv } from '../esxtop/csv';

const usage = () => fail(`${T.usage}\n`);
const MAX_SAMPLES = 100;

/** `-b -n N [-d D]` in any order; null when something else was typed. */
function batchOptions(args: readonly string[]): { samples: number } | null {
  const options = new Map<string, string>();
  let batch = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-b') { batch = true; continue; }
    const value = args[i + 1];
    if ((arg !== '-n' && arg !== '-d') || value === undefined || !/^\d+$/.test(value) || options.has(arg)) return null;
    options.set(arg, value);
    i++;
  }
  const samples = Number(options.get('-n'));
  // Without -n a real batch run goes on until killed; the lab needs the count.
  return batch && samples >= 1 && samples <= MAX_SAMPLES && Number(options.get('-d') ?? 5) >= 1 ? { samples } : null;
}

export const esxtop: CommandSpec = {
  name: 'esxtop',
  summary: 'resource counters: the interactive screen, or -b for CSV (disk device VAAI counters in this lab)',
  help: T.usage,
  run: ({ lab, hostId, argv, toTerminal }): CommandResult => {
    const args = argv.slice(1);
    if (args.length === 0) return toTerminal ? { ...ok(), screen: { program: 'esxtop' } } : fail(`${T.needsTerminal}\n`);
    const batch = batchOptions(args);
    return batch ? ok(lines(esxtopCsv(lab, hostId, batch.samples))) : usage();
  },
};
