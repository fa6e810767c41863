import type { KitId, KitShape } from '../sim/kit';
import { commandNamesOf, isLoaded } from '../sim/kit';
import { ESXI41_COMMANDS } from './catalogue';
import type { CommandSpec } from './types';

/** How the shell knows a command name: its code, a kit whose code is not loaded yet, or an honest "not simulated". */
export interface CommandTable {
  find(name: string): CommandSpec | undefined;
  /** The kit whose code must be loaded to run this command, when it is not loaded. */
  unloadedKit(name: string): KitId | undefined;
  isNotSimulated(name: string): boolean;
  /** Every command the lab models, loaded or not, sorted. */
  names(): string[];
  notSimulatedNames(): string[];
}

/** The command table of a set of kits: the loaded kits' commands, and the names of the others'. */
export function commandTable(kits: readonly KitShape[]): CommandTable {
  const specs = new Map<string, CommandSpec>();
  const owners = new Map<string, KitId>();
  for (const kit of kits) {
    for (const name of kit.commandNames) owners.set(name, kit.id);
    if (isLoaded(kit)) for (const spec of kit.commands ?? []) specs.set(spec.name, spec);
  }
  const names = commandNamesOf(kits);
  // 4.1's commands that no kit simulates answer honestly (catalogue.ts); any other name is not found.
  const notSimulated = ESXI41_COMMANDS.filter((name) => !owners.has(name) && !specs.has(name)).sort();
  return {
    find: (name) => specs.get(name),
    unloadedKit: (name) => (specs.has(name) ? undefined : owners.get(name)),
    isNotSimulated: (name) => notSimulated.includes(name),
    names: () => names,
    notSimulatedNames: () => notSimulated,
  };
}
