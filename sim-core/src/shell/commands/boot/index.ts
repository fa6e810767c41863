import type { CommandSpec } from '../../types';
import { esxupdate } from './esxupdate';
import { reboot } from './reboot';

export const BOOT_COMMANDS: CommandSpec[] = [reboot, esxupdate];
