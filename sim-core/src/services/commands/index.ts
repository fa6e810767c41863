import type { CommandSpec } from '../../shell/types';
import { INIT_SCRIPTS } from './init-scripts';
import { ps } from './ps';
import { servicesSh } from './services-sh';
import { vimCmd } from './vim-cmd';

/** The services kit's commands: ps, the init scripts, services.sh, vim-cmd (vMotion). */
export const SERVICES_COMMANDS: CommandSpec[] = [ps, ...INIT_SCRIPTS, servicesSh, vimCmd];
