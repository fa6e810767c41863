import type { CommandSpec } from '../../types';
import { df } from './df';
import { vdf } from './vdf';

export const DISK_COMMANDS: CommandSpec[] = [df, vdf];
