import { SERVICES_TEXT } from '../../messages/services';
import { lines, withHost, type CommandSpec } from '../../shell/types';
import { restartAll } from '../actions';
import { SERVICE_NAMES } from '../names';
import { serviceApplies, serviceRunning, startService, stopService } from './lifecycle';

type Action = 'start' | 'stop' | 'restart';
const ACTIONS: readonly string[] = ['start', 'stop', 'restart'];

/** What one service's script prints during `services.sh <action>`, before anything changes. */
function report(running: boolean, service: string, action: Action): string[] {
  const stop = running && action !== 'start' ? [SERVICES_TEXT.stopped(service)] : [];
  const start = action === 'stop' || (running && action === 'start') ? [] : [SERVICES_TEXT.started(service)];
  return [SERVICES_TEXT.servicesShRunning(service, action), ...stop, ...start];
}

/**
 * `services.sh restart` restarts every management service, one after another, as the DCUI's
 * Restart Management Agents does; `start` and `stop` start or stop them all. Services with
 * nothing to run on this host (vpxa on a host vCenter does not manage) are left out.
 */
export const servicesSh: CommandSpec = {
  name: 'services.sh',
  summary: 'start, stop or restart all the management services',
  help: `${SERVICES_TEXT.servicesShUsage}

Start, stop or restart every management service of this host, one after another, each
through its /etc/init.d script: ${SERVICE_NAMES.join(', ')}`,
  run: ({ lab, host, argv }) => {
    const action = argv[1];
    const services = host.services!;
    if (action === undefined || !ACTIONS.includes(action) || argv.length > 2) {
      return { stdout: '', stderr: `${SERVICES_TEXT.servicesShUsage}\n`, exitCode: 1 };
    }
    const applying = SERVICE_NAMES.filter((service) => serviceApplies(services, service));
    const out = applying.flatMap((service) => report(serviceRunning(services, service), service, action as Action));
    const nowMs = lab.clock.nowMs;
    const next = action === 'restart'
      ? restartAll(host, nowMs)
      : applying.reduce((current, service) => (action === 'start' ? startService : stopService)(current, nowMs, service).host, host);
    return { stdout: lines(out), stderr: '', exitCode: 0, lab: withHost(lab, next) };
  },
};
