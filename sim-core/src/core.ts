/**
 * The public surface of the simulated lab, without any kit: pages import this plus the kits
 * their labs use (`sim-core/src/kits/*`). Re-exports only.
 */
export type { LabState, HostState, LabEvent, ConsoleKey, ExecResult, OutputLine, OutputKind, ShellSession } from './lab/types';
export type { BankIndex, BootConfig, ConsoleScreen } from './boot/types';
export { BOOTSTATE } from './boot/types';
export { exec, MAX_LINE_LENGTH } from './lab/exec';
export { dispatch, MAX_TICK_MS } from './lab/dispatch';
export { createLab, isPresetId, presetInfo, presetIds, type PresetInfo } from './lab/presets';
export { readBank, BANKS, otherBank, runningBuild } from './boot/banks';
export { parseBootCfg, serializeBootCfg, isBootable } from './boot/bootcfg';
export { consoleIsBusy, COUNTDOWN_MS, LOADING_MS, defaultBank } from './boot/loader';
export { buildInfo } from './boot/builds';
export { consoleView, type ConsoleView } from './boot/console-view';
export { PROMPT } from './messages/shell';
export { clockTime } from './time/clock';
export { commandNames } from './shell/registry';
export { scenarios, scenarioById, checkGoals, applyStep, replaySolution, type Scenario, type GoalStatus, type SolutionStep, type Question } from './scenarios';
export { validateLab } from './lab/validate';
export { defineKit, kitIds, kitOfPreset, type Kit } from './kits/registry';
export { kitsNamedIn } from './kits/manifest';
export type { HostServices, VmkNic, DcuiKey, DcuiState, ClientKind, ConsoleTab } from './services/types';
