import { networkKit } from '../network/kit';
import { servicesKit } from '../services/kit';
import type { Kit } from '../sim/kit';
import { storageKit } from '../storage/kit';
import { baseKit } from './base';

/** Every kit with its code, in KIT_ORDER: what Node (tests, the REPL, the build) runs. */
export const ALL_KITS: readonly Kit[] = [baseKit, servicesKit, networkKit, storageKit];
