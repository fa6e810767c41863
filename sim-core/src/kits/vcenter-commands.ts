// The vcenter kit's commands: none (vCenter is reached through its widgets; the hosts' own commands are their kits').
import type { CommandSpec } from '../shell/types';

export const commands: readonly CommandSpec[] = [];
