import { readBank } from '../boot/banks';
import { bankFiles, bootConfigFor } from '../boot/image';
import { BUILDS, GA, UPDATE_1 } from '../boot/builds';
import { diskLayout } from '../boot/layout';
import { bootedRoot, hostMounts, hostRamdisks } from '../boot/rootfs';
import { BOOTSTATE, type BankIndex, type BootConfig } from '../boot/types';
import { buildTree, type TreeSpec } from '../vfs/tree';
import { HOUR } from './epoch';
import type { HostState } from './types';

const MB = 1024 * 1024;

/** How one host of a preset differs from the default host; every field may be left out. */
export interface HostSetup {
  id: string;
  /** What each bank holds (undefined: an empty bank, as after a fresh install). Default: GA on standby in Hypervisor1, Update 1 in Hypervisor2. */
  banks?: [BootConfig | undefined, BootConfig | undefined];
  /** The bank the running system booted from. Default: the one with the higher `updated`. */
  booted?: BankIndex;
  /** How long ago it booted. Default: five days. */
  uptimeHours?: number;
  /** Builds whose image fails to boot on this host: how a lab stages a failed upgrade. */
  brokenBuilds?: string[];
  /** Where ESXi was installed: a local disk (with scratch and datastore1, the default) or a USB key (neither). */
  installedTo?: 'disk' | 'usb';
}

export const bank = (build: string, updated: number, bootstate: number) => bootConfigFor(build, updated, bootstate);

/** The default host's banks: upgraded from GA to Update 1, both images valid. */
export const upgradedBanks = (): [BootConfig, BootConfig] => [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.valid)];

const DEFAULT_UPTIME_HOURS = 5 * 24;

/** A host's subsystems before the kits have added theirs. */
export type BareHost = Omit<HostState, 'services' | 'network' | 'storage'> & Partial<Pick<HostState, 'services' | 'network' | 'storage'>>;

/**
 * The host as its disk and firmware leave it: boot banks, the other vfat volumes and datastore1
 * under /vmfs/volumes, not booted yet (`bootHost` unpacks visorfs once every kit has added its
 * part, because /etc is written from the whole host's configuration).
 */
export function bareHost(setup: HostSetup, number: number, nowMs: number): BareHost {
  const banks = setup.banks ?? upgradedBanks();
  const booted = setup.booted ?? ((banks[1]?.updated ?? -1) > (banks[0]?.updated ?? -1) ? 1 : 0);
  const disk = diskLayout(number, setup.installedTo ?? 'disk');
  const volumes: TreeSpec = {
    [disk.banks[0].uuid]: banks[0] ? bankFiles(banks[0]) : {},
    [disk.banks[1].uuid]: banks[1] ? bankFiles(banks[1]) : {},
    [disk.store.uuid]: STORE_FILES,
    ...(disk.scratch ? { [disk.scratch.uuid]: { log: {}, var: { tmp: {} }, downloads: {} } } : {}),
    ...Object.fromEntries(disk.datastores.map((ds) => [ds.uuid, DATASTORE_FILES])),
  };
  return {
    id: setup.id,
    hostname: `${setup.id}.lab.local`,
    boot: { booted, bootedAtMs: nowMs - (setup.uptimeHours ?? DEFAULT_UPTIME_HOURS) * HOUR, brokenBuilds: setup.brokenBuilds ?? [] },
    console: { screen: 'running' },
    disk,
    vfs: { root: buildTree({ vmfs: { volumes } }), mounts: hostMounts(disk), ramdisks: hostRamdisks() },
    shell: { cwd: '/', history: [], lastStatus: 0 },
  };
}

/** The running system: visorfs unpacked from the booted bank's image, as at the end of its boot. */
export function bootHost(host: HostState): HostState {
  const build = readBank(host, host.boot.booted)?.build ?? BUILDS[0]!.build;
  return { ...host, vfs: { ...host.vfs, root: bootedRoot(host.vfs.root, host, host.boot.booted, host.boot.bootedAtMs, build) } };
}

const STORE_FILES: TreeSpec = {
  packages: {
    '4.1.0': {
      vmtools: { 'windows.iso': Math.round(104.6 * MB), 'linux.iso': Math.round(48.2 * MB), 'solaris.iso': Math.round(9.8 * MB), 'freebsd.iso': Math.round(7.6 * MB) },
      floppies: { 'pvscsi-Windows2008.flp': 1_474_560, 'vmscsi.flp': 1_474_560 },
    },
  },
};

/** An offline bundle's size on disk: about 280 MB, told apart by its build. */
export const bundleBytes = (build: number): number => Math.round(280 * MB + build);

/** datastore1 holds the offline bundles an `esxupdate` can install from (updates; a lab adds patches where it needs them). */
const DATASTORE_FILES: TreeSpec = Object.fromEntries(
  BUILDS.slice(1).filter((info) => !info.patch).map((info) => [info.bundle, bundleBytes(info.number)]),
);
