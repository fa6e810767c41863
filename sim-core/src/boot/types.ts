/** What the host's physical console shows. The host is up only on the `running` screen. */
export type ConsoleScreen =
  | { screen: 'running' }
  | { screen: 'loader'; defaultBank: BankIndex | null; countdownMs: number; paused: boolean }
  | { screen: 'recovery-confirm'; defaultBank: BankIndex; alternateBank: BankIndex }
  | { screen: 'no-alternate'; defaultBank: BankIndex | null }
  | { screen: 'recovered'; bank: BankIndex; countdownMs: number; paused: boolean }
  | { screen: 'loading'; bank: BankIndex; elapsedMs: number }
  | { screen: 'boot-failed'; bank: BankIndex }
  | { screen: 'no-bootable-bank' };

/** 0 is Hypervisor1 (partition 5), 1 is Hypervisor2 (partition 6). */
export type BankIndex = 0 | 1;

/** bootstate values as the loader understands them (esxi-facts.md). */
export const BOOTSTATE = { valid: 0, upgrading: 1, dirty: 2, invalid: 3 } as const;
export type BootStateValue = (typeof BOOTSTATE)[keyof typeof BOOTSTATE];

export interface BootConfig {
  kernel: string;
  kernelopt: string;
  modules: string[];
  build: string;
  updated: number;
  bootstate: number | undefined;
  /** Lines the parser did not understand, kept so that writing the file back loses nothing. */
  extra: string[];
}

export interface BootInfo {
  /** The bank the running system was loaded from; /bootbank points at it. */
  booted: BankIndex;
  /** Virtual time (ms) at which the running system finished booting. */
  bootedAtMs: number;
  /** Builds whose image fails to boot on this host: how a lab stages a failed upgrade. */
  brokenBuilds: string[];
}

/** Where each bank and the other vfat volumes live on the host's boot disk. */
export interface DiskLayout {
  banks: [VolumeInfo, VolumeInfo];
  store: VolumeInfo;
  scratch: VolumeInfo | null;
  datastores: VolumeInfo[];
}

export interface VolumeInfo {
  uuid: string;
  label: string;
}
