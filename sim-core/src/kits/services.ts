import { serviceEvent } from '../services/actions';
import { SERVICES_COMMANDS } from '../services/commands';
import { dcuiEvent } from '../services/dcui';
import { SERVICES_PRESETS } from '../services/presets';
import { SERVICES_SCENARIOS } from '../scenarios/services';
import type { LabEvent } from '../lab/types';
import { logTsmCommand, tsmClosedBecause } from '../services/commands/tsm';
import { tickTsmTimeout } from '../services/tsm-timeout';
import { defineKit } from './registry';

/** The host's insides: worlds, init-script services, ports, Tech Support Mode and the DCUI. */
export const SERVICES_KIT = defineKit({
  id: 'services',
  commands: SERVICES_COMMANDS,
  presets: SERVICES_PRESETS,
  scenarios: SERVICES_SCENARIOS,
  shell: { closedBecause: tsmClosedBecause, onTypedLine: logTsmCommand },
  onTick: tickTsmTimeout,
  events: {
    'dcui-key': dcuiEvent,
    service: (lab, event: LabEvent) => (event.type === 'service' ? serviceEvent(lab, event.host, event.service, event.action === 'start') : lab),
  },
});
