import type { CommandSpec } from '../../types';

export const TEXT_COMMANDS: CommandSpec[] = [];
