import { fail, lines, type CommandSpec } from '../../shell/types';
import { NET_TEXT as T } from '../messages';
import { plannedDevices } from '../../lab/address-plan';
import { isIpv4, pingPath } from '../path';
import { vmknicsOf } from '../state';
import { parseOptions } from './options';

const SPECS = [
  { short: 'c', long: 'count', takesValue: true },
  { short: 's', long: 'size', takesValue: true },
  { short: 'd', long: 'df', takesValue: false },
  { short: 'v', long: 'verbose', takesValue: false },
  { short: 'D', long: 'debug', takesValue: false },
];
const MAX_COUNT = 20;
const MAX_SIZE = 65507;

/** Round-trip times are made up but fixed: the same ping prints the same times. */
const rtt = (seq: number, hostNumber: number, jumbo: boolean) => (0.1 + ((seq * 37 + hostNumber * 11) % 97) / 1000 + (jumbo ? 0.15 : 0)).toFixed(3);

/**
 * 4.1's vmkping has no -I (the outgoing vmknic came later, esxi-facts.md): an option it lacks gets
 * getopt's complaint and the usage [guess for the exact wording].
 */
function invalidOption(message: string): string {
  const letter = /^unknown option '-([^-])/.exec(message)?.[1];
  return letter ? T.invalidOption(letter) : `vmkping: ${message}`;
}

/** `vmkping`: ICMP echo from a VMkernel NIC; `-d -s 8972` tests jumbo frames end to end. */
export const vmkping: CommandSpec = {
  name: 'vmkping',
  summary: 'ping from a VMkernel NIC (test vMotion, iSCSI, NFS paths and jumbo frames)',
  help: T.vmkpingHelp,
  run: ({ lab, hostId, argv }) => {
    const parsed = parseOptions(argv.slice(1), SPECS);
    if (!parsed.ok) return fail(`${invalidOption(parsed.message)}\n${T.vmkpingHelp}\n`);
    const { options, positional } = parsed;
    if (positional.length !== 1) return fail(`${T.vmkpingUsage}\n`);
    const countText = String(options.get('c') ?? '3');
    const sizeText = String(options.get('s') ?? '56');
    const count = /^\d+$/.test(countText) ? Math.min(Number(countText), MAX_COUNT) : Number.NaN;
    const size = /^\d+$/.test(sizeText) ? Number(sizeText) : Number.NaN;
    if (!(count >= 1)) return fail(`${T.badCount(countText)}\n`);
    if (!(size >= 0 && size <= MAX_SIZE)) return fail(`${T.badSize(sizeText)}\n`);

    // A name answers with its address, as the lab's DNS would: a host's management address (vmk0), or a device of the plan.
    const named = Object.values(lab.hosts).find((candidate) => candidate.id === positional[0] || candidate.hostname === positional[0]);
    const device = plannedDevices(lab.plan).find((candidate) => candidate.name === positional[0] || candidate.name.split('.')[0] === positional[0]);
    const target = named ? vmknicsOf(named).find((nic) => nic.name === 'vmk0')?.ip ?? '' : device?.ip ?? positional[0]!;
    if (!isIpv4(target)) return fail(`${T.unknownHost(positional[0]!)}\n`);
    const result = pingPath(lab, hostId, target, size, options.has('d'));
    if (result.kind === 'unknown-host') return fail(`${T.unknownHost(positional[0]!)}\n`);

    const out = [T.pingHeader(named?.hostname ?? device?.name ?? target, target, size)];
    const errors: string[] = [];
    let received = 0;
    const times: number[] = [];
    const hostNumber = Number(/\d+$/.exec(hostId)?.[0] ?? 0);
    for (let seq = 0; seq < count; seq++) {
      if (result.kind === 'too-long') errors.push(T.tooLong);
      else if (result.kind === 'unreachable') errors.push(T.unreachable);
      else if (result.kind === 'delivered') {
        const ms = rtt(seq, hostNumber, size > 1472);
        times.push(Number(ms));
        out.push(T.pingReply(size + 8, target, seq, ms));
        received++;
      }
    }
    out.push(...T.pingStats(target, count, received));
    if (times.length > 0) {
      const avg = times.reduce((a, b) => a + b, 0) / times.length;
      out.push(T.pingRtt(Math.min(...times).toFixed(3), avg.toFixed(3), Math.max(...times).toFixed(3)));
    }
    // Where the packets died is for the reader to find; -v names the lab's reason for unreachable routes only.
    if (result.kind === 'unreachable' && options.has('v')) out.push(T.pingWhy(result.because));
    return { stdout: lines(out), stderr: errors.length ? lines(errors) : '', stdoutLinesFirst: 1, exitCode: received > 0 ? 0 : 1 };
  },
};
