import type { CommandSpec } from '../../types';

export const FILES_COMMANDS: CommandSpec[] = [];
