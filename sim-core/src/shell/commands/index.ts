import type { CommandSpec } from '../types';
import { BOOT_COMMANDS } from './boot';
import { DISK_COMMANDS } from './disk';
import { FILES_COMMANDS } from './files';
import { SESSION_COMMANDS } from './session';
import { SYSTEM_COMMANDS } from './system';
import { TEXT_COMMANDS } from './text';

/** The one explicit registry: every command the simulated host knows, by family. */
export const COMMANDS: readonly CommandSpec[] = [
  ...FILES_COMMANDS,
  ...TEXT_COMMANDS,
  ...SESSION_COMMANDS,
  ...SYSTEM_COMMANDS,
  ...DISK_COMMANDS,
  ...BOOT_COMMANDS,
];
