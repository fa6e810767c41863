import type { CommandSpec } from '../../types';

export const SESSION_COMMANDS: CommandSpec[] = [];
