import { SHELL_TEXT } from '../../messages/shell';
import type { CommandSpec } from '../../shell/types';
import { INIT_SCRIPTS } from './init-scripts';
import { ps } from './ps';
import { servicesSh } from './services-sh';
import { vimCmd } from './vim-cmd';

/**
 * On a host whose lab models no services (a base-kit preset on a page that also loads this
 * kit), these commands answer as they do where the kit is not loaded: not simulated.
 */
const needsServices = (spec: CommandSpec): CommandSpec => ({
  ...spec,
  run: (ctx) => (ctx.host.services ? spec.run(ctx) : { stdout: '', stderr: `${SHELL_TEXT.notSimulated(ctx.argv[0] ?? spec.name)}\n`, exitCode: 127 }),
});

/** The services kit's commands: ps, the init scripts, services.sh, vim-cmd (vMotion). */
export const SERVICES_COMMANDS: CommandSpec[] = [ps, ...INIT_SCRIPTS, servicesSh, vimCmd].map(needsServices);
