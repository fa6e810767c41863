import type { BootInfo, ConsoleScreen, DiskLayout } from '../boot/types';
import type { VfsState } from '../vfs/types';
import type { DcuiKey, HostServices } from '../services/types';
import type { HostStorage, LabStorage, StorageEvent } from '../storage/types';
import type { HostNetwork, LabNetwork, NetworkEvent } from '../network/types';
import type { AddressPlan } from './address-plan';
import type { SavedConfig } from './backup';
import type { KitId } from '../sim/kit';
import type { LabVcenter, VcenterEvent } from '../vcenter/types';

/** The whole simulated world. Plain JSON: it can be saved, diffed, put in a link or undone. */
export interface LabState {
  schema: 2;
  /** Which preset this lab was built from (shown to readers, used by reset). */
  preset: string;
  clock: { nowMs: number };
  /** Every address and name of the lab: hosts' VMkernel NICs, gateway, vCenter, switches, array. */
  plan: AddressPlan;
  hosts: Record<string, HostState>;
  /** Answers a reader gave to a scenario's questions, by question id. */
  answers: Record<string, string>;
  /** vCenter's dvSwitches, the physical switches the hosts are cabled to, and the traffic model. */
  network: LabNetwork;
  /** The storage devices and datastores: each host's local disk, and any shared array. */
  storage: LabStorage;
  /** vCenter's inventory (datacenter, clusters, managed hosts), VMs' placement and power, host profiles. */
  vcenter: LabVcenter;
}

/** A whole ESXi 4.1 host: every subsystem is always there, whichever chapter shows it. */
export interface HostState {
  id: string;
  hostname: string;
  boot: BootInfo;
  console: ConsoleScreen;
  disk: DiskLayout;
  vfs: VfsState;
  shell: ShellSession;
  /** Worlds and init-script services, Tech Support Mode, vCenter and HA membership, the DCUI. */
  services: HostServices;
  /** Physical NICs, standard vSwitches and VMkernel NICs. */
  network: HostNetwork;
  /** The host's VMkernel advanced settings that storage reads (the VAAI ones among them). */
  storage: HostStorage;
  /** The configuration auto-backup.sh last saved into state.tgz (backup.ts); a reset brings it back. */
  saved?: SavedConfig;
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
  /** A progress line the program keeps redrawing in place (a carriage return) while time runs: what it reports on. */
  live?: LiveSource;
}

/** What a line redrawn in place reports on: one of a kit's jobs (vmkfstools' `Clone: N% done.`). */
export interface LiveSource {
  kit: KitId;
  id: number;
}

/** A live line as the lab stands now; `done` when the program has printed its last redraw. */
export interface LiveText {
  text: string;
  done: boolean;
}

/**
 * What a full-screen program the line opened shows (esxtop): the terminal hands its keys to the
 * program until it quits. Its screen is a pure function of the lab and these options.
 */
export interface ScreenProgram {
  program: 'esxtop';
}

export interface ExecResult {
  lab: LabState;
  output: OutputLine[];
  exitCode: number;
  /** The reader asked for a clean screen (`clear`). */
  clearScreen: boolean;
  /**
   * Kits whose code a command of this line needed but the lab was built without (a page loads
   * kits on demand): fetch them and run the same line again on the same lab. Always empty in
   * Node, where every kit is loaded.
   */
  needs: KitId[];
  /** The line's last command took over the terminal (esxtop without -b). */
  screen?: ScreenProgram;
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
  | StorageEvent
  | VcenterEvent;
