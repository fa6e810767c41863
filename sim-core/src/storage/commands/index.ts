import type { CommandSpec } from '../../shell/types';
import { esxcfgAdvcfg } from './advcfg';
import { esxcfgScsidevs, esxcli } from './devices';
import { esxtop } from './esxtop';
import { esxcfgNas } from './nas';
import { vmkfstools } from './vmkfstools';

export const STORAGE_COMMANDS: readonly CommandSpec[] = [esxcfgAdvcfg, esxcli, esxcfgScsidevs, vmkfstools, esxtop, esxcfgNas];
