/**
 * A host's management side: which init-script services run, Tech Support Mode, vCenter and
 * HA membership, lockdown and the DCUI. Every host has it (the VMkernel NICs the services
 * listen on are the network's: `HostNetwork.vmknics`).
 */
export interface HostServices {
  /** Init-script services by name (`/etc/init.d/<name>`): running or stopped. */
  running: Record<string, boolean>;
  tsm: TsmState;
  /** The vCenter Server that manages the host (vpxa runs), or null. */
  managedBy: string | null;
  /** The HA cluster the host belongs to (the HA agent runs), or null. */
  haCluster: string | null;
  lockdown: boolean;
  softwareIscsi: boolean;
  /**
   * Maintenance mode, hostd's own flag: vim-cmd, the DCUI and vCenter read this one value. It
   * outlives a reboot; a host in it runs no powered-on VM.
   */
  maintenanceMode: boolean;
  /** Date and time: the NTP servers hostd writes into /etc/ntp.conf (none by default). */
  ntpServers: string[];
  /** Local user accounts (root always). */
  users: string[];
  /** The memory reserved for the system's own resource pool, in MB (0: the host's default). */
  memoryReservationMB: number;
  dcui: DcuiState;
}

/** Tech Support Mode: local (console) and remote (SSH), and the timeout that switches it off. */
export interface TsmState {
  local: boolean;
  remote: boolean;
  /** 0 means no timeout. */
  timeoutMinutes: number;
  /** When the running timeout started (TSM enabled or the timeout changed); absent when none runs. */
  timerStartMs?: number;
  /**
   * TSM was switched off (by the timeout, the DCUI or vim-cmd) while this lab's shell was open:
   * the open session keeps running, as on a real host (esxi-facts.md); a reboot ends it.
   */
  sessionKept?: boolean;
  /**
   * Whether each kind starts when the host boots, where that differs from whether it runs now:
   * 4.1's `vim-cmd hostsvc/enable_local_tsm` sets this, `start_local_tsm` starts it now. Absent
   * (or a kind left out): it boots as it runs now. The DCUI sets both at once.
   */
  atBoot?: Partial<Record<TsmKind, boolean>>;
}

export type TsmKind = 'local' | 'remote';

export type ConsoleTab = 'dcui' | 'tsm-login' | 'summary' | 'vmkernel-log';

export type DcuiScreen =
  | { screen: 'home' }
  | { screen: 'login' }
  | { screen: 'menu'; index: number }
  | { screen: 'troubleshooting'; index: number }
  | { screen: 'confirm-restart' }
  | { screen: 'logs'; index: number }
  | { screen: 'log-view'; log: string }
  /** A note over the screen `back` names; Enter or Esc returns there, at item `index`. */
  | { screen: 'message'; title: string; text: string; back: 'home' | 'menu' | 'troubleshooting'; index: number };

export interface DcuiState {
  tab: ConsoleTab;
  screen: DcuiScreen;
}

export type DcuiKey = 'F2' | 'F11' | 'F12' | 'Up' | 'Down' | 'Enter' | 'Escape' | 'Alt+F1' | 'Alt+F2' | 'Alt+F11' | 'Alt+F12';

/** Who can try to reach a host, for the port map. */
export type ClientKind = 'browser' | 'vsphere-client' | 'vcenter' | 'ssh' | 'cim' | 'console' | 'vmotion';
