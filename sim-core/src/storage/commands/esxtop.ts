/**
 * `esxtop`: on the terminal, the interactive screen (the terminal shows esxtopScreen and hands it
 * its keys until q); `esxtop -b -n N [-d D]`, perfmon CSV. Everything else prints the usage.
 */
import { ESXTOP_TEXT as T } from '../../messages/esxtop';
import { fail, lines, ok, type CommandResult, type CommandSpec } from '../../shell/types';
import { esxtopCsv } from '../esxtop/csv';
import { INTERVAL_SECONDS } from '../counters';

const usage = () => fail(`${T.usage}\n`);
/** Bounds the lab keeps a batch run to, so one line cannot move the clock by days. */
const MAX_SAMPLES = 100;
const MAX_DELAY = 60;

/** `-b -n N [-d D]` in any order; null when something else was typed. */
function batchOptions(args: readonly string[]): { samples: number; delay: number } | null {
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
  const delay = Number(options.get('-d') ?? INTERVAL_SECONDS);
  // Without -n a real batch run goes on until killed; the lab needs the count.
  return batch && samples >= 1 && samples <= MAX_SAMPLES && delay >= 1 && delay <= MAX_DELAY ? { samples, delay } : null;
}

export const esxtop: CommandSpec = {
  name: 'esxtop',
  summary: 'resource counters: the interactive screen, or -b for CSV (disk device VAAI counters in this lab)',
  help: T.usage,
  run: ({ lab, hostId, argv, toTerminal }): CommandResult => {
    const args = argv.slice(1);
    if (args.length === 0) return toTerminal ? { ...ok(), screen: { program: 'esxtop' } } : fail(`${T.needsTerminal}\n`);
    const batch = batchOptions(args);
    if (!batch) return usage();
    // The last sample is taken (samples - 1) delays after the first: that is how long the run takes.
    return { ...ok(lines(esxtopCsv(lab, hostId, batch.samples, batch.delay))), takesMs: (batch.samples - 1) * batch.delay * 1000 };
  },
};
