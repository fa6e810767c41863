import { SERVICES_TEXT } from '../../messages/services';
import { lines, withHost, type CommandResult, type CommandSpec } from '../../shell/types';
import { SERVICE_NAMES } from '../worlds';
import { restartService, serviceRunning, startService, stopService, type Step } from './lifecycle';

/** Exit status of `status` for a stopped service, as LSB init scripts answer. */
export const STATUS_NOT_RUNNING = 3;

const ACTIONS = { start: startService, stop: stopService, restart: restartService } as const;
type Action = keyof typeof ACTIONS;
const isAction = (word: string | undefined): word is Action => word !== undefined && Object.hasOwn(ACTIONS, word);

const help = (service: string) => `Usage: /etc/init.d/${service} {start|stop|restart|status}

Start, stop, restart or report the ${service} service (the lab runs the script itself)

Actions:
\tstart\tStart ${service} (nothing to do when it already runs)
\tstop\tStop ${service}
\trestart\tStop ${service}, then start it again
\tstatus\tTell whether ${service} runs: exit 0 when it does, 3 when it does not`;

const printed = (step: Step, exitCode: number): CommandResult => ({ stdout: lines(step.out), stderr: lines(step.err), exitCode });

/** `/etc/init.d/<service>`: one command per init script, named by its full path. */
export function initScript(service: string): CommandSpec {
  return {
    name: `/etc/init.d/${service}`,
    summary: `start, stop, restart or report ${service}`,
    help: help(service),
    run: ({ lab, host, argv }) => {
      const action = argv[1];
      const services = host.services!;
      if (action === 'status') {
        const running = serviceRunning(services, service);
        return { stdout: `${running ? SERVICES_TEXT.isRunning(service) : SERVICES_TEXT.notRunning(service)}\n`, stderr: '', exitCode: running ? 0 : STATUS_NOT_RUNNING };
      }
      if (!isAction(action) || argv.length > 2) return { stdout: '', stderr: `${SERVICES_TEXT.initUsage(argv[0]!)}\n`, exitCode: 1 };
      const step = ACTIONS[action](host, lab.clock.nowMs, service);
      const result = printed(step, step.err.length > 0 ? 1 : 0);
      return step.host === host ? result : { ...result, lab: withHost(lab, step.host) };
    },
  };
}

export const INIT_SCRIPTS: CommandSpec[] = SERVICE_NAMES.map(initScript);
