import type { HostState } from '../lab/types';
import { lookup, writeText } from '../vfs/tree';
import { parseBootCfg, serializeBootCfg } from './bootcfg';
import { volumePath } from './layout';
import type { BankIndex, BootConfig } from './types';

export const BANKS: readonly BankIndex[] = [0, 1];

export const otherBank = (bank: BankIndex): BankIndex => (bank === 0 ? 1 : 0);

export function bankPath(host: HostState, bank: BankIndex): string {
  return volumePath(host.disk.banks[bank].uuid);
}

/** A bank's boot.cfg as the loader reads it; undefined when the bank holds no image. */
export function readBank(host: HostState, bank: BankIndex): BootConfig | undefined {
  const found = lookup(host.vfs.root, `${bankPath(host, bank)}/boot.cfg`);
  if (!found.ok || found.node.kind !== 'file' || found.node.text === undefined) return undefined;
  return parseBootCfg(found.node.text);
}

export function writeBank(host: HostState, bank: BankIndex, config: BootConfig): HostState {
  const written = writeText(host.vfs.root, `${bankPath(host, bank)}/boot.cfg`, serializeBootCfg(config));
  if (!written.ok) return host;
  return { ...host, vfs: { ...host.vfs, root: written.root } };
}

export function updateBank(host: HostState, bank: BankIndex, change: Partial<BootConfig>): HostState {
  const current = readBank(host, bank);
  return current ? writeBank(host, bank, { ...current, ...change }) : host;
}

/** The build the running system was loaded from. */
export function runningBuild(host: HostState): string {
  return readBank(host, host.boot.booted)?.build ?? 'unknown';
}
