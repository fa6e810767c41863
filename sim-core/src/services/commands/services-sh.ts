import { SERVICES_TEXT } from '../../messages/services';
import { lines, withHost, type CommandSpec } from '../../shell/types';
import type { ServiceName } from '../names';
import { restartService, serviceApplies, startService, stopService, type Step } from './lifecycle';

type Action = 'start' | 'stop' | 'restart';
const ACTIONS: Readonly<Record<Action, typeof startService>> = { start: startService, stop: stopService, restart: restartService };
const isAction = (word: string | undefined): word is Action => word !== undefined && Object.hasOwn(ACTIONS, word);

/**
 * The order a 4.1 host restarts its services in: hostd, vobd, lbtd, slpd, wsman as a real 4.1
 * `services.sh restart` printed them (esxi-facts.md); the rest after them [guess].
 */
export const SERVICES_SH_ORDER: readonly ServiceName[] = ['hostd', 'vobd', 'lbtd', 'slpd', 'wsman', 'sfcbd-watchdog', 'vpxa', 'usbarbitrator', 'vprobed'];

/** In that real output hostd's watchdog line and `Vobd started.` come without a `Running X restart` line before them. */
const UNANNOUNCED: readonly ServiceName[] = ['hostd', 'vobd'];

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
through its /etc/init.d script: ${SERVICES_SH_ORDER.join(', ')}`,
  run: ({ lab, host, argv }) => {
    const action = argv[1];
    if (!isAction(action) || argv.length > 2) return { stdout: '', stderr: `${SERVICES_TEXT.servicesShUsage}\n`, exitCode: 1 };
    const applying = SERVICES_SH_ORDER.filter((service) => serviceApplies(host.services, service));
    let current = host;
    const out: string[] = [];
    for (const service of applying) {
      const step: Step = ACTIONS[action](current, lab.clock.nowMs, service);
      if (!UNANNOUNCED.includes(service)) out.push(SERVICES_TEXT.servicesShRunning(service, action));
      out.push(...step.out);
      current = step.host;
    }
    return { stdout: lines(out), stderr: '', exitCode: 0, lab: withHost(lab, current) };
  },
};

