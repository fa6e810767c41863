import type { HostState, LabEvent, LabState } from '../lab/types';
import type { Preset } from '../lab/preset-types';
import type { Scenario } from '../scenarios/types';
import type { CommandSpec } from '../shell/types';

/**
 * A kit is one subsystem's share of the lab: its commands, presets, scenarios and the events
 * it understands. A kit registers itself when its module is imported, so a page's bundle
 * carries only the kits its labs use, while Node (tests, the REPL, the build) imports all.
 * Registration happens once at load; exec and dispatch stay pure functions of their inputs.
 */
export interface Kit {
  id: string;
  commands?: readonly CommandSpec[];
  presets?: readonly Preset[];
  scenarios?: readonly Scenario[];
  /** Handlers for event types the core does not know, by `event.type`. */
  events?: Readonly<Record<string, (lab: LabState, event: LabEvent) => LabState>>;
  /** Virtual time passing for the kit's own state (copies in progress, traffic), after the consoles. */
  onTick?: (lab: LabState, ms: number) => LabState;
  /** How the kit shapes the shell: whether a host offers one now, and what typing a line records. */
  shell?: {
    closedBecause?: (host: HostState) => string | null;
    onTypedLine?: (host: HostState, nowMs: number, line: string) => HostState;
  };
}

const kits: Kit[] = [];
let generation = 0;

export function defineKit(kit: Kit): Kit {
  if (!kits.some((known) => known.id === kit.id)) {
    kits.push(kit);
    generation++;
  }
  return kit;
}

/** Changes whenever a kit registers: caches keyed on it stay right. */
export const kitGeneration = () => generation;

export const kitIds = (): string[] => kits.map((kit) => kit.id);
export const registeredCommands = (): CommandSpec[] => kits.flatMap((kit) => kit.commands ?? []);
export const registeredPresets = (): Preset[] => kits.flatMap((kit) => kit.presets ?? []);
export const registeredScenarios = (): Scenario[] => kits.flatMap((kit) => kit.scenarios ?? []);

export function eventHandler(type: string): ((lab: LabState, event: LabEvent) => LabState) | undefined {
  for (const kit of kits) {
    const handler = kit.events?.[type];
    if (handler) return handler;
  }
  return undefined;
}

/** The kit that offers a preset: the one a page must load for a lab built from it. */
export function kitOfPreset(presetId: string): string | undefined {
  return kits.find((kit) => kit.presets?.some((preset) => preset.id === presetId))?.id;
}

/** Why a host offers no shell now (a kit's rule, such as Tech Support Mode being off), or null. */
export function shellClosedBecause(host: HostState): string | null {
  for (const kit of kits) {
    const because = kit.shell?.closedBecause?.(host);
    if (because) return because;
  }
  return null;
}

/** What the kits record when a line is typed (Tech Support Mode logs every command). */
export function recordTypedLine(host: HostState, nowMs: number, line: string): HostState {
  return kits.reduce((next, kit) => kit.shell?.onTypedLine?.(next, nowMs, line) ?? next, host);
}

/** Lets every kit move its own state forward in virtual time. */
export function tickKits(lab: LabState, ms: number): LabState {
  return kits.reduce((next, kit) => kit.onTick?.(next, ms) ?? next, lab);
}
