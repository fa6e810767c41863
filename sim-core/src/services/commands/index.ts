import type { CommandSpec } from '../../shell/types';

/** The services kit's commands: ps, the init scripts, services.sh, vim-cmd (vMotion). */
export const SERVICES_COMMANDS: CommandSpec[] = [];
