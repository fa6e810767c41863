import type { TreeSpec } from '../vfs/tree';
import { serializeBootCfg } from './bootcfg';
import { buildInfo, MODULES } from './builds';
import type { BootConfig } from './types';

/** The boot.cfg an install or an upgrade writes for a build. */
export function bootConfigFor(build: string, updated: number, bootstate: number): BootConfig {
  return { kernel: 'b.z', kernelopt: '', modules: [...MODULES], build, updated, bootstate, extra: [] };
}

/** The files of a bank holding `build`: boot.cfg plus one binary per boot module. */
export function bankFiles(config: BootConfig): TreeSpec {
  const sizes = buildInfo(config.build)?.moduleBytes ?? {};
  const files: TreeSpec = { 'boot.cfg': serializeBootCfg(config) };
  for (const name of [config.kernel, ...config.modules]) files[name] = sizes[name] ?? 1024;
  return files;
}
