import type { BootInfo, ConsoleScreen, DiskLayout } from '../boot/types';
import type { VfsState } from '../vfs/types';
import type { DcuiKey, HostServices } from '../services/types';
import type { HostStorage, LabStorage, StorageEvent } from '../storage/types';
import type { HostNetwork, LabNetwork, NetworkEvent } from '../network/types';

/** The whole simulated world. Plain JSON: it can be saved, diffed, put in a link or undone. */
export interface LabState {
  schema: 1;
  /** Which preset this lab was built from (shown to readers, used by reset). */
  preset: string;
  clock: { nowMs: number };
  random: { state: number };
  hosts: Record<string, HostState>;
  /** Answers a reader gave to a scenario's questions, by question id. */
  answers: Record<string, string>;
  /** The shared storage array and its datastores (storage kit); absent elsewhere. */
  storage?: LabStorage;
  /** vCenter's dvSwitches, the physical switches and the traffic model (network kit); absent elsewhere. */
  network?: LabNetwork;
}

export interface HostState {
  id: string;
  hostname: string;
  boot: BootInfo;
  console: ConsoleScreen;
  disk: DiskLayout;
  vfs: VfsState;
  shell: ShellSession;
  /** The management side (services kit); absent on base-kit labs. */
  services?: HostServices;
  /** Per-host VAAI advanced settings (storage kit); absent means the defaults. */
  storage?: HostStorage;
  /** Physical NICs and standard vSwitches (network kit); absent on other labs. */
  network?: HostNetwork;
}

export interface ShellSession {
  cwd: string;
  history: string[];
  lastStatus: number;
}

export type OutputKind = 'stdout' | 'stderr' | 'prompt' | 'system';

export interface OutputLine {
  text: string;
  kind: OutputKind;
}

export interface ExecResult {
  lab: LabState;
  output: OutputLine[];
  exitCode: number;
  /** The reader asked for a clean screen (`clear`). */
  clearScreen: boolean;
}

/** Keys the boot console understands; anything else only stops the countdown. */
export type ConsoleKey = 'Shift+R' | 'Shift+Y' | 'Enter' | 'Escape' | 'other';

export type LabEvent =
  | { type: 'console-key'; host: string; key: ConsoleKey }
  | { type: 'power'; host: string; action: 'reboot' | 'reset' }
  | { type: 'tick'; ms: number }
  | { type: 'answer'; question: string; value: string }
  | { type: 'dcui-key'; host: string; key: DcuiKey }
  | { type: 'service'; host: string; service: string; action: 'start' | 'stop' }
  | NetworkEvent
  | StorageEvent;
