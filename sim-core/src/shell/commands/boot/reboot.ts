import { reboot as rebootHost } from '../../../boot/loader';
import { saveConfig } from '../../../lab/backup';
import { withHost } from '../../../lab/with-host';
import { fail, ok, type CommandSpec } from '../../types';

export const reboot: CommandSpec = {
  name: 'reboot',
  summary: 'restart the host (it comes back at the boot loader)',
  help: 'Usage: reboot [-d DELAY] [-n] [-f]\n\nReboot the system\n\nOptions:\n\t-f\tForce (don\'t go through init)\n\t-n\tDo not sync',
  run: ({ lab, host, argv }) => {
    const bad = argv.slice(1).find((arg) => !/^-[dnf]+$/.test(arg) && !/^\d+$/.test(arg));
    if (bad) return fail(`reboot: invalid option -- '${bad.replace(/^-+/, '').charAt(0) || bad}'\n`);
    // Shutting down runs auto-backup.sh: the configuration is saved (lab/backup.ts).
    return ok('', withHost(lab, rebootHost(saveConfig(host, lab.clock.nowMs))));
  },
};
