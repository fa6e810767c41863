import { SERVICE_NAMES } from '../services/names';

/**
 * The commands each optional kit adds, known without loading it. A page carries only the kits
 * its labs use; a terminal fetches another kit when a reader types one of its commands, so a
 * page answers a line as the REPL (every kit loaded) does. A test holds this list to the kits.
 */
export const KIT_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  services: ['ps', 'services.sh', 'vim-cmd', ...SERVICE_NAMES.map((name) => `/etc/init.d/${name}`)],
  storage: ['esxcfg-advcfg', 'esxcli', 'esxcfg-scsidevs', 'vmkfstools', 'esxtop'],
  network: ['esxcfg-nics', 'esxcfg-vswitch', 'esxcfg-vmknic', 'vmkping'],
};

/**
 * The kits, not loaded yet, whose commands a line names. Any word counts (a pipeline's later
 * stages, or a name that is only an argument): loading a kit too many is harmless.
 */
export function kitsNamedIn(line: string, loaded: readonly string[]): string[] {
  const words = new Set(line.split(/[\s|;&<>()`"']+/));
  return Object.entries(KIT_COMMANDS)
    .filter(([id, names]) => !loaded.includes(id) && names.some((name) => words.has(name)))
    .map(([id]) => id);
}
