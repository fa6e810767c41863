import { bankFiles, bootConfigFor } from '../boot/image';
import { BUILDS } from '../boot/builds';
import { diskLayout } from '../boot/layout';
import { bootedRoot, hostMounts, hostRamdisks } from '../boot/rootfs';
import type { BankIndex, BootConfig } from '../boot/types';
import { buildTree, type TreeSpec } from '../vfs/tree';
import type { HostState } from './types';

const MB = 1024 * 1024;

export interface HostSetup {
  id: string;
  number: number;
  /** What each bank holds (undefined: an empty bank, as after a fresh install). */
  banks: [BootConfig | undefined, BootConfig | undefined];
  booted: BankIndex;
  bootedAtMs: number;
  brokenBuilds?: string[];
}

/** A running host, as it is right after booting `setup.booted`. */
export function createHost(setup: HostSetup, nowMs: number): HostState {
  const disk = diskLayout(setup.number);
  const volumes: TreeSpec = {
    [disk.banks[0].uuid]: setup.banks[0] ? bankFiles(setup.banks[0]) : {},
    [disk.banks[1].uuid]: setup.banks[1] ? bankFiles(setup.banks[1]) : {},
    [disk.store.uuid]: STORE_FILES,
    ...(disk.scratch ? { [disk.scratch.uuid]: { log: {}, var: { tmp: {} }, downloads: {} } } : {}),
    ...Object.fromEntries(disk.datastores.map((ds) => [ds.uuid, DATASTORE_FILES])),
  };
  const host: HostState = {
    id: setup.id,
    hostname: `${setup.id}.lab.local`,
    boot: { booted: setup.booted, bootedAtMs: setup.bootedAtMs, brokenBuilds: setup.brokenBuilds ?? [] },
    console: { screen: 'running' },
    disk,
    vfs: { root: buildTree({ vmfs: { volumes } }), mounts: hostMounts(disk), ramdisks: hostRamdisks() },
    shell: { cwd: '/', history: [], lastStatus: 0 },
  };
  const build = setup.banks[setup.booted]?.build ?? BUILDS[0]!.build;
  return { ...host, vfs: { ...host.vfs, root: bootedRoot(host.vfs.root, host, setup.booted, setup.bootedAtMs, build) } };
}

export const bank = (build: string, updated: number, bootstate: number) => bootConfigFor(build, updated, bootstate);

const STORE_FILES: TreeSpec = {
  packages: {
    '4.1.0': {
      vmtools: { 'windows.iso': Math.round(104.6 * MB), 'linux.iso': Math.round(48.2 * MB), 'solaris.iso': Math.round(9.8 * MB), 'freebsd.iso': Math.round(7.6 * MB) },
      floppies: { 'pvscsi-Windows2008.flp': 1_474_560, 'vmscsi.flp': 1_474_560 },
    },
  },
};

/** datastore1 holds the offline bundles an `esxupdate` can install from. */
const DATASTORE_FILES: TreeSpec = Object.fromEntries(
  BUILDS.slice(1).map((info) => [info.bundle, Math.round(280 * MB + info.number)]),
);
