import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import { NET_TEXT as T, NICS_HEADER, NICS_WIDTHS, columns } from '../messages';
import { nicMtu } from '../state';
import { parseOptions } from './options';

const SPECS = [
  { short: 'l', long: 'list', takesValue: false },
  { short: 's', long: 'speed', takesValue: true },
  { short: 'd', long: 'duplex', takesValue: true },
  { short: 'a', long: 'auto', takesValue: false },
];

/** `esxcfg-nics -l`: the physical NICs, in the 4.1 columns of esxi-facts.md. */
export const esxcfgNics: CommandSpec = {
  name: 'esxcfg-nics',
  summary: 'list the physical NICs (vmnics) and their link state',
  help: T.nicsHelp,
  run: ({ lab, host, argv }) => {
    const parsed = parseOptions(argv.slice(1), SPECS);
    if (!parsed.ok) return fail(`esxcfg-nics: ${parsed.message}\n${T.nicsHelp}\n`);
    const net = host.network;
    for (const flag of ['s', 'd', 'a']) if (parsed.options.has(flag)) return fail(`${T.nicsNotSimulated(`-${flag}`)}\n`);
    if (!parsed.options.has('l')) return fail(`${T.nicsHelp}\n`);
    const rows = net.nics.map((nic) => {
      const up = nic.link === 'Up';
      return columns(NICS_WIDTHS, [nic.name, nic.pci, nic.driver, nic.link, up ? `${nic.speedMbps}Mbps` : '0Mbps', up ? 'Full' : 'Half', nic.mac, nicMtu(lab, host, nic.name), nic.description]);
    });
    return ok(lines([columns(NICS_WIDTHS, NICS_HEADER), ...rows]));
  },
};
