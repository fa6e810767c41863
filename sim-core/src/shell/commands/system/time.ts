import { clockTime, formatDate, formatUptime } from '../../../time/clock';
import { fail, ok, type CommandSpec } from '../../types';

export const date: CommandSpec = {
  name: 'date',
  summary: 'print the date and time (UTC, on the lab\'s virtual clock)',
  help: 'Usage: date [OPTIONS]\n\nDisplay time (the lab\'s virtual clock; setting it is not simulated)\n\nOptions:\n\t-u\tPrint Coordinated Universal Time',
  run: ({ lab, argv }) => {
    const extra = argv.slice(1).filter((arg) => arg !== '-u');
    if (extra.length > 0) return fail(`date: setting or formatting the date is not simulated in this lab\n`);
    return ok(`${formatDate(lab.clock.nowMs)}\n`);
  },
};

export const uptime: CommandSpec = {
  name: 'uptime',
  summary: 'tell how long the host has been running',
  help: 'Usage: uptime\n\nDisplay the time since the last boot',
  run: ({ lab, host }) => ok(` ${clockTime(lab.clock.nowMs)} up ${formatUptime(lab.clock.nowMs - host.boot.bootedAtMs)}, load average: 0.04, 0.03, 0.01\n`),
};

export const hostname: CommandSpec = {
  name: 'hostname',
  summary: 'print the host name',
  help: 'Usage: hostname [OPTIONS]\n\nGet the hostname (setting it is not simulated)\n\nOptions:\n\t-s\tShort\n\t-f\tFully qualified domain name',
  run: ({ host, argv }) => {
    const flag = argv[1];
    if (flag === undefined) return ok(`${host.id}\n`);
    if (flag === '-s') return ok(`${host.id}\n`);
    if (flag === '-f') return ok(`${host.hostname}\n`);
    return fail('hostname: setting the host name is not simulated in this lab\n');
  },
};
