import type { CommandSpec } from '../../types';
import { date, hostname, uptime } from './time';
import { uname } from './uname';
import { vmware } from './vmware';

export const SYSTEM_COMMANDS: CommandSpec[] = [uname, date, uptime, hostname, vmware];
