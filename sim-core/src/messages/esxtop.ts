/** What esxtop prints, interactive and in batch mode; `(lab)` marks where the lab explains itself. */
export const ESXTOP_TEXT = {
  top: (clock: string, uptime: string) => `${clock} up ${uptime}`,
  cpuPanel: [
    '(lab) The CPU panel is not simulated in this lab.',
    '(lab) Press u for the disk device panel, q to quit.',
  ],
  addFields: '(lab) Press f to add fields (VAAI and reservation statistics), o to order them, q to quit.',
  fieldsShown: '(lab) f: fields, o: order, c: CPU panel, q: quit. Rates cover the last 5 seconds.',
  fieldOrder: (order: string) => `Current Field order: ${order}`,
  toggleHelp: 'Toggle fields with a-z, any other key to return:',
  orderHelp: 'Upper case letter moves field left, lower case right, any other key to return:',
  notModelled: '(lab) Queue, I/O and latency statistics are not simulated; only these fields are.',
  usage:
    'Usage: esxtop [-b -n iterations [-d delay]]\n' +
    '  (no options)  the interactive screen: u disk device panel, f fields, o order, q quit\n' +
    '  -b            batch mode: perfmon CSV on stdout\n' +
    '  -n            number of samples (batch mode)\n' +
    '  -d            delay between samples in seconds (default 5)\n' +
    '(lab) Only the disk devices\' VAAI and reservation counters are simulated; at most 100 samples,\n' +
    'a delay of 1 to 60 seconds. The lab\'s clock moves on while the samples are taken.',
  needsTerminal: 'esxtop: (lab) the interactive screen needs the terminal; use esxtop -b -n 1 for CSV.',
};
