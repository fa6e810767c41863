import type { Kit } from '../sim/kit';
import { servicesInvariants } from './invariants';
import { dcuiKey, serviceAction } from './events';
import { SERVICES_PRESETS } from './presets';
import { servicesShape } from './shape';
import { tickTsmTimeout, timeoutEndsAt } from './tsm-timeout';

/** The host's insides: worlds, init-script services, ports, Tech Support Mode and the DCUI. */
export const servicesKit: Kit = {
  ...servicesShape,
  loaded: true,
  events: { 'dcui-key': dcuiKey, service: serviceAction },
  tick: tickTsmTimeout,
  // A Tech Support Mode timeout counting down needs the clock.
  busy: (lab) => Object.values(lab.hosts).some((host) => timeoutEndsAt(host.services.tsm) !== null),
  invariants: servicesInvariants,
  presets: SERVICES_PRESETS,
};
