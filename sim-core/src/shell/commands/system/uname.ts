import { runningBuild } from '../../../boot/banks';
import { fail, ok, type CommandSpec } from '../../types';

const FIELDS = { s: 'sysname', n: 'nodename', r: 'release', v: 'version', m: 'machine', p: 'processor' } as const;
type Field = keyof typeof FIELDS;

export const uname: CommandSpec = {
  name: 'uname',
  summary: 'print system information',
  help: 'Usage: uname [-amnrspv]\n\nPrint system information\n\nOptions:\n\t-a\tPrint all\n\t-m\tThe machine (hardware) type\n\t-n\tHostname\n\t-r\tOS release\n\t-s\tOS name (default)\n\t-p\tProcessor type\n\t-v\tOS version',
  run: ({ host, argv }) => {
    const values: Record<Field, string> = {
      s: 'VMkernel',
      n: host.hostname,
      r: '4.1.0',
      v: `#1 SMP Release build-${runningBuild(host).replace(/^4\.1\.0-/, '')}`,
      m: 'x86_64',
      p: 'unknown',
    };
    const wanted = new Set<Field>();
    for (const arg of argv.slice(1)) {
      if (!/^-[amnrspv]+$/.test(arg)) return fail(`uname: invalid option -- '${arg.replace(/^-+/, '').charAt(0) || arg}'\n${uname.help}\n`);
      for (const letter of arg.slice(1)) {
        if (letter === 'a') (Object.keys(FIELDS) as Field[]).forEach((field) => wanted.add(field));
        else wanted.add(letter as Field);
      }
    }
    if (wanted.size === 0) wanted.add('s');
    return ok(`${(Object.keys(FIELDS) as Field[]).filter((field) => wanted.has(field)).map((field) => values[field]).join(' ')}\n`);
  },
};
