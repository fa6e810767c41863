import type { CommandSpec } from '../../shell/types';
import { esxcfgNics } from './nics';
import { esxcfgVmknic } from './vmknic';
import { esxcfgVswitch } from './vswitch';
import { vmkping } from './vmkping';

export const NETWORK_COMMANDS: readonly CommandSpec[] = [esxcfgNics, esxcfgVswitch, esxcfgVmknic, vmkping];
