/**
 * The public surface of the simulated lab that every page needs: the simulation's constructor,
 * the base kit and every other kit's shape (each host is whole on every page); the other
 * kits' code comes from `sim-core/src/kits/<id>.ts`. Re-exports only.
 */
export type { LabState, HostState, LabEvent, ConsoleKey, ExecResult, OutputLine, OutputKind, ShellSession, LiveSource, LiveText, ScreenProgram } from './lab/types';
export type { BankIndex, BootConfig, ConsoleScreen } from './boot/types';
export { BOOTSTATE } from './boot/types';
export { createSim, replaySolution, type Sim } from './sim/create-sim';
export { KIT_ORDER, isLoaded, type Kit, type KitId, type KitShape } from './sim/kit';
export type { CommandSpec } from './shell/types';
export type { Outcome, Refusal, RefusalCode } from './sim/outcome';
export { baseKit } from './kits/base';
export { KIT_SHAPES } from './kits/shapes';
export { MAX_LINE_LENGTH } from './lab/exec';
export { MAX_TICK_MS } from './lab/dispatch';
export type { PresetInfo } from './lab/preset-types';
export type { AddressPlan, PlannedDevice } from './lab/address-plan';
export { readBank, BANKS, otherBank, runningBuild } from './boot/banks';
export { parseBootCfg, serializeBootCfg, isBootable } from './boot/bootcfg';
export { consoleIsBusy, COUNTDOWN_MS, LOADING_MS, defaultBank } from './boot/loader';
export { buildInfo } from './boot/builds';
export { consoleView, type ConsoleView } from './boot/console-view';
export { PROMPT } from './messages/shell';
export { clockTime } from './time/clock';
export { checkGoals, type Scenario, type GoalStatus, type SolutionStep, type Question } from './scenarios';
export type { HostServices, DcuiKey, DcuiState, ClientKind, ConsoleTab } from './services/types';
export type { VmkNic } from './network/types';
export type {
  HostConnection, ComplianceState, SubProfileId, ComplianceCell, HostCompliance, ApplyAsk, ApplyChange, ApplyPlan,
  InventoryNode, HostSummaryView, HostProfile, LabVcenter, VcenterEvent, VmPower,
} from './vcenter/types';
