/** The ESXi 4.1 builds the lab knows (esxi-facts.md, "Versions and builds"). */
export interface BuildInfo {
  build: string;
  number: number;
  release: string;
  /** The offline bundle an `esxupdate` stages this build from. */
  bundle: string;
  /** Size in bytes of each boot module of this build's image (about 70 MB in all). */
  moduleBytes: Record<string, number>;
  /** A patch rather than an update: its bundle is not on every host's datastore1, only where a lab puts it. */
  patch?: true;
}

export const MODULES = ['k.z', 's.z', 'c.z', 'oem.tgz', 'license.tgz', 'm.z', 'state.tgz'] as const;

const IMAGE_BYTES = (kernel: number, system: number, cim: number, drivers: number): Record<string, number> => ({
  'b.z': 9_102,
  'k.z': kernel,
  's.z': system,
  'c.z': cim,
  'oem.tgz': 128,
  'license.tgz': 1_652,
  'm.z': drivers,
  'state.tgz': 18_544,
});

export const BUILDS: readonly BuildInfo[] = [
  { build: '4.1.0-260247', number: 260247, release: 'GA', bundle: 'upgrade-from-esxi4.0-to-4.1.0-0.0.260247-release.zip', moduleBytes: IMAGE_BYTES(2_301_922, 39_817_216, 11_052_102, 16_991_584) },
  { build: '4.1.0-348481', number: 348481, release: 'Update 1', bundle: 'update-from-esxi4.1-4.1_update01.zip', moduleBytes: IMAGE_BYTES(2_318_004, 40_126_976, 11_203_380, 17_448_960) },
  { build: '4.1.0-502767', number: 502767, release: 'Update 2', bundle: 'update-from-esxi4.1-4.1_update02.zip', moduleBytes: IMAGE_BYTES(2_330_112, 40_402_944, 11_264_820, 17_862_656) },
  // The 4.1 patch build 702113 (esxi-facts.md) [sure]; its bundle's name is the lab's [guess], in VMware's
  // ESXi410-YYYYMMNNN style. A patched host still names the update it sits on (Update 2), and its modules are
  // Update 2's sizes [guess].
  { build: '4.1.0-702113', number: 702113, release: 'Update 2', bundle: 'ESXi410-201204001.zip', moduleBytes: IMAGE_BYTES(2_330_112, 40_402_944, 11_264_820, 17_862_656), patch: true },
  { build: '4.1.0-800380', number: 800380, release: 'Update 3', bundle: 'update-from-esxi4.1-4.1_update03.zip', moduleBytes: IMAGE_BYTES(2_341_220, 40_681_472, 11_301_844, 18_104_320) },
];

/** The two builds most labs hold: 4.1 GA and Update 1. */
export const GA = '4.1.0-260247';
export const UPDATE_1 = '4.1.0-348481';
export const PATCH_702113 = '4.1.0-702113';

export function buildInfo(build: string): BuildInfo | undefined {
  return BUILDS.find((info) => info.build === build);
}

export function bundleBuild(fileName: string): BuildInfo | undefined {
  return BUILDS.find((info) => info.bundle === fileName);
}
