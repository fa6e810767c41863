import type { AddressPlan } from '../lab/address-plan';
import type { BareHost, HostSetup } from '../lab/host';
import type { Preset } from '../lab/preset-types';
import type { HostState, LabEvent, LabState, LiveText } from '../lab/types';
import type { Scenario } from '../scenarios/types';
import type { CommandSpec } from '../shell/types';
import type { Outcome } from './outcome';

/** The kits, in the one order they run in: hosts are built, ticks and hooks applied, in this order. */
export const KIT_ORDER = ['base', 'services', 'network', 'storage', 'vcenter'] as const;
export type KitId = (typeof KIT_ORDER)[number];

/** A lab while the kits add their parts to it. */
export type LabDraft = Omit<LabState, 'network' | 'storage' | 'vcenter'> & Partial<Pick<LabState, 'network' | 'storage' | 'vcenter'>>;

/** What a kit's host defaults are built from. */
export interface HostBuild {
  setup: HostSetup;
  plan: AddressPlan;
  /** The lab's clock when the host is built. */
  nowMs: number;
}

/** How a kit shapes the shell on every host: whether one is offered now, and what a typed line records. */
export interface ShellHooks {
  closedBecause?: (host: HostState) => string | null;
  onTypedLine?: (host: HostState, nowMs: number, line: string) => HostState;
}

export type EventHandler = (lab: LabState, event: LabEvent) => Outcome;

/**
 * What every lab needs of a subsystem whether or not its code is loaded: its share of a whole
 * host and lab, the names of its commands and events (so a page knows which code a typed line
 * or a widget needs before fetching it), and its shell hooks. Small, so every page carries
 * every kit's shape: each lab host is a whole host, whatever the page.
 */
export interface KitShape {
  id: KitId;
  /** Adds this kit's part to a host being built (the base kit's part comes first). */
  host?: (host: BareHost, build: HostBuild) => BareHost;
  /** Adds this kit's part to the lab once every host is built. */
  lab?: (lab: LabDraft) => LabDraft;
  /** What a (re)boot of the host resets in this kit's part (services start again). */
  afterBoot?: (host: HostState) => HostState;
  commandNames: readonly string[];
  eventTypes: readonly string[];
  shell?: ShellHooks;
}

/**
 * A kit with its code: event handlers, time, invariants and presets (what its labs and widgets
 * need). Its commands and scenarios are separate modules a page fetches only when a typed line
 * or a scenario panel needs them; Node (tests, the REPL, the build) always has them.
 */
export interface Kit extends KitShape {
  loaded: true;
  /** Absent until a typed line needs one of them (a command of an absent list asks for it: ExecResult.needs). */
  commands?: readonly CommandSpec[];
  events?: Readonly<Record<string, EventHandler>>;
  /** Virtual time passing for the kit's own state (copies, traffic, timers), after the consoles. */
  tick?: (lab: LabState, ms: number) => LabState;
  /** Whether the kit has work in progress that only time finishes (a copy, a timer, traffic). */
  busy?: (lab: LabState) => boolean;
  /** The kit's invariants, as sentences; none when the lab is sound. */
  invariants?: (lab: LabState) => string[];
  presets?: readonly Preset[];
  scenarios?: readonly Scenario[];
  /** A line one of the kit's commands redraws in place (LiveSource.id names its job), as the lab stands now. */
  liveLine?: (lab: LabState, id: number) => LiveText | undefined;
}

export const isLoaded = (kit: KitShape): kit is Kit => (kit as Partial<Kit>).loaded === true;
