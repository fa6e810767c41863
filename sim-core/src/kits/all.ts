import { networkKit } from '../network/kit';
import { servicesKit } from '../services/kit';
import type { Kit } from '../sim/kit';
import { storageKit } from '../storage/kit';
import { vcenterKit } from '../vcenter/kit';
import { baseKit } from './base';
import { commands as baseCommands } from './base-commands';
import { scenarios as baseScenarios } from './base-scenarios';
import { commands as networkCommands } from './network-commands';
import { scenarios as networkScenarios } from './network-scenarios';
import { commands as servicesCommands } from './services-commands';
import { scenarios as servicesScenarios } from './services-scenarios';
import { commands as storageCommands } from './storage-commands';
import { scenarios as storageScenarios } from './storage-scenarios';
import { scenarios as vcenterScenarios } from './vcenter-scenarios';

/** Every kit with all of its code (commands and scenarios too), in KIT_ORDER: what Node (tests, the REPL, the build) runs. */
export const ALL_KITS: readonly Kit[] = [
  { ...baseKit, commands: baseCommands, scenarios: baseScenarios },
  { ...servicesKit, commands: servicesCommands, scenarios: servicesScenarios },
  { ...networkKit, commands: networkCommands, scenarios: networkScenarios },
  { ...storageKit, commands: storageCommands, scenarios: storageScenarios },
  // vCenter has no shell commands of its own: it is reached through its widgets.
  { ...vcenterKit, commands: [], scenarios: vcenterScenarios },
];
