import { consoleIsBusy } from '../boot/loader';
import { addressPlan } from '../lab/address-plan';
import { CORE_EVENT_TYPES, coreEvent } from '../lab/dispatch';
import type { ShellSetup } from '../lab/exec';
import { LAB_EPOCH_MS } from '../lab/epoch';
import { bareHost, bootHost, type BareHost } from '../lab/host';
import type { Preset, PresetInfo } from '../lab/preset-types';
import { withConfigFiles } from '../boot/rootfs';
import { saveConfig } from '../lab/backup';
import type { ExecResult, HostState, LabState, LiveSource, LiveText } from '../lab/types';
import { coreInvariants } from '../lab/validate';
import { EVENT_TEXT } from '../messages/events';
import type { Scenario, SolutionStep } from '../scenarios/types';
import { KIT_ORDER, commandNamesOf, isLoaded, type EventHandler, type Kit, type KitId, type KitShape, type LabDraft } from './kit';
import { fieldsOf, refuse, type Outcome } from './outcome';

/**
 * The simulation as a value: what a set of kits can do, with nothing kept between calls.
 * Every function is pure; the same sim and inputs give the same lab.
 */
export interface Sim {
  /** Every kit, in KIT_ORDER: the loaded ones with their code, the others as shapes. */
  readonly kits: readonly KitShape[];
  /** The kits whose code is loaded. */
  readonly loaded: readonly KitId[];
  presets(): PresetInfo[];
  presetInfo(id: string): PresetInfo | undefined;
  /** The kits whose code must be loaded to build a preset's lab (the preset's own, and its events'). */
  kitsOfPreset(id: string): KitId[] | undefined;
  /** The kit that defines a preset. */
  kitOfPreset(id: string): KitId | undefined;
  /** A lab from a preset of a loaded kit. An unknown id is a bug in the caller: check with presetInfo. */
  createLab(presetId: string): LabState;
  exec(lab: LabState, hostId: string, line: string): ExecResult;
  dispatch(lab: LabState, event: unknown): Outcome;
  /** Virtual time passing: the same as dispatching a tick, for callers that need only the lab. */
  tick(lab: LabState, ms: number): LabState;
  /** A line redrawn in place (`Clone: 37% done.`) as the lab stands now; undefined when its source is gone or its kit absent. */
  liveLine(lab: LabState, source: LiveSource): LiveText | undefined;
  /** Whether something in the lab runs on its own (a boot, a copy, a timer, traffic) and needs the clock. */
  busy(lab: LabState): boolean;
  /** The lab's invariants as sentences; an empty list when the lab is sound. */
  validate(lab: LabState): string[];
  scenarios(): readonly Scenario[];
  scenarioById(id: string): Scenario | undefined;
  /** The kit whose scenarios include this one (a page fetches that kit's scenarios for its panel). */
  kitOfScenario(id: string): KitId | undefined;
  applyStep(lab: LabState, step: SolutionStep): LabState;
  /** Every command the lab models (loaded or not), sorted. */
  commandNames(): string[];
  /** The kit that owns an event type, loaded or not (undefined for core events and unknown ones). */
  kitOfEvent(type: string): KitId | undefined;
}

/** Kits in KIT_ORDER, exactly one of each: every lab host is whole, so every kit's shape is needed. */
function ordered(kits: readonly KitShape[]): KitShape[] {
  const byId = new Map(kits.map((kit) => [kit.id, kit]));
  const missing = KIT_ORDER.filter((id) => !byId.has(id));
  if (missing.length > 0 || byId.size !== kits.length) throw new Error(`createSim needs each kit once (${KIT_ORDER.join(', ')}); missing: ${missing.join(', ') || 'none'}`);
  return KIT_ORDER.map((id) => byId.get(id)!);
}

export function createSim(given: readonly KitShape[]): Sim {
  const kits = ordered(given);
  const full = kits.filter(isLoaded);
  const interpreter = full.find((kit) => kit.id === 'base')?.interpreter;
  // The shell's tick is the sim's own, defined below: a command that takes time moves every kit's time.
  const shell: ShellSetup | undefined = interpreter && { commands: interpreter.commandTable(kits), hooks: kits.flatMap((kit) => (kit.shell ? [kit.shell] : [])), tick: (lab, ms) => sim.tick(lab, ms) };
  // Without the shell's code a line changes nothing and asks for the base kit's commands, which bring it.
  const exec = (lab: LabState, hostId: string, line: string): ExecResult =>
    interpreter && shell ? interpreter.execLine(shell, lab, hostId, line) : { lab, output: [], exitCode: 0, clearScreen: false, needs: ['base'] };
  const presets = new Map<string, { preset: Preset; kit: KitId }>(full.flatMap((kit) => (kit.presets ?? []).map((preset) => [preset.id, { preset, kit: kit.id }] as const)));
  const scenarios = full.flatMap((kit) => kit.scenarios ?? []);
  const owners = new Map<string, KitId>(kits.flatMap((kit) => kit.eventTypes.map((type) => [type, kit.id] as const)));
  const handlers = new Map<string, EventHandler>(full.flatMap((kit) => Object.entries(kit.events ?? {})));
  const afterBoot = (host: HostState) => kits.reduce((next, kit) => kit.afterBoot?.(next) ?? next, host);

  function dispatch(lab: LabState, event: unknown): Outcome {
    const fields = fieldsOf(event);
    if (!fields || typeof fields.type !== 'string') return refuse(lab, 'malformed', EVENT_TEXT.notAnObject);
    const type = fields.type;
    if (CORE_EVENT_TYPES.includes(type)) {
      const outcome = coreEvent(lab, fields, afterBoot);
      if (type !== 'tick' || outcome.lab === lab) return outcome;
      // The consoles have moved on; each kit's own time follows, in kit order.
      const step = outcome.lab.clock.nowMs - lab.clock.nowMs;
      return { lab: full.reduce((next, kit) => kit.tick?.(next, step) ?? next, outcome.lab) };
    }
    const owner = owners.get(type);
    if (!owner) return refuse(lab, 'unknown-event', EVENT_TEXT.unknownType(type));
    const handler = handlers.get(type);
    if (!handler) return refuse(lab, 'not-loaded', EVENT_TEXT.notLoaded(type, owner));
    return handler(lab, fields as Parameters<EventHandler>[1]);
  }

  function createLab(presetId: string): LabState {
    const found = presets.get(presetId);
    if (!found) throw new Error(`Unknown lab preset "${presetId}" (or its kit is not loaded)`);
    const { preset } = found;
    const setups = preset.hosts ?? [{ id: 'esx01' }];
    const plan = addressPlan(setups.map((setup) => setup.id));
    const nowMs = LAB_EPOCH_MS;
    const hosts = Object.fromEntries(setups.map((setup) => {
      const bare = kits.reduce<BareHost>((host, kit) => kit.host?.(host, { setup, plan, nowMs }) ?? host, bareHost(setup, plan.hosts[setup.id]!.number, nowMs));
      return [setup.id, bootHost(bare as HostState)];
    }));
    const draft = kits.reduce<LabDraft>((next, kit) => kit.lab?.(next) ?? next, { schema: 2, preset: preset.id, clock: { nowMs }, plan, hosts, answers: {} });
    const built = preset.build ? preset.build(draft as LabState) : (draft as LabState);
    // The configuration files follow what the preset changed, as if it had been saved before the lab starts.
    const configured: LabState = { ...built, hosts: Object.fromEntries(Object.entries(built.hosts).map(([id, host]) => [id, saveConfig(withConfigFiles(host), nowMs)])) };
    return (preset.then ?? []).reduce((lab, event) => {
      const outcome = dispatch(lab, event);
      if (outcome.refused) throw new Error(`Preset "${presetId}": ${outcome.refused.message}`);
      return outcome.lab;
    }, configured);
  }

  const sim: Sim = {
    kits,
    loaded: full.map((kit) => kit.id),
    presets: () => [...presets.values()].map(({ preset }) => info(preset)),
    presetInfo: (id) => {
      const found = presets.get(id);
      return found && info(found.preset);
    },
    kitsOfPreset: (id) => {
      const found = presets.get(id);
      if (!found) return undefined;
      const fromEvents = (found.preset.then ?? []).flatMap((event) => owners.get(event.type) ?? []);
      return KIT_ORDER.filter((kit) => kit === found.kit || fromEvents.includes(kit));
    },
    kitOfPreset: (id) => presets.get(id)?.kit,
    createLab,
    exec,
    dispatch,
    tick: (lab, ms) => dispatch(lab, { type: 'tick', ms: Number.isFinite(ms) ? Math.max(0, ms) : 0 }).lab,
    liveLine: (lab, source) => full.find((kit) => kit.id === source.kit)?.liveLine?.(lab, source.id),
    busy: (lab) => Object.values(lab.hosts).some(consoleIsBusy) || full.some((kit) => kit.busy?.(lab) ?? false),
    validate: (lab) => [...coreInvariants(lab), ...full.flatMap((kit) => kit.invariants?.(lab) ?? [])],
    scenarios: () => scenarios,
    scenarioById: (id) => scenarios.find((scenario) => scenario.id === id),
    kitOfScenario: (id) => full.find((kit) => kit.scenarios?.some((scenario) => scenario.id === id))?.id,
    applyStep: (lab, step) => (step.kind === 'exec' ? exec(lab, step.host, step.line).lab : dispatch(lab, step.event).lab),
    commandNames: () => commandNamesOf(kits),
    kitOfEvent: (type) => owners.get(type),
  };
  return sim;
}

const info = (preset: Preset): PresetInfo => ({ id: preset.id, title: preset.title, description: preset.description });

/** A scenario's starting lab with its solution played through. */
export function replaySolution(sim: Sim, scenario: Scenario): LabState {
  return scenario.solution.reduce(sim.applyStep, sim.createLab(scenario.preset));
}

export type { Kit, KitShape, KitId };
