import type { KitShape } from '../sim/kit';
import { logTsmCommand, tsmClosedBecause } from './commands/tsm';
import { afterBoot, defaultServices } from './defaults';
import { SERVICE_NAMES } from './names';

/** The services kit on every page: each host's worlds and services, and Tech Support Mode's hold on the shell. */
export const servicesShape: KitShape = {
  id: 'services',
  host: (host) => ({ ...host, services: defaultServices() }),
  afterBoot: (host) => ({ ...host, services: afterBoot(host.services) }),
  commandNames: ['ps', 'services.sh', 'vim-cmd', ...SERVICE_NAMES.map((name) => `/etc/init.d/${name}`)],
  eventTypes: ['dcui-key', 'service'],
  shell: { closedBecause: tsmClosedBecause, onTypedLine: logTsmCommand },
};
