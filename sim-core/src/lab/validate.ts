import { BANKS, readBank } from '../boot/banks';
import { volumePath } from '../boot/layout';
import { lookup } from '../vfs/tree';
import type { LabState } from './types';

const LEGAL_BOOTSTATES = new Set([0, 1, 2, 3, undefined]);

/**
 * The lab's invariants, as sentences. An empty list means the lab is sound.
 * Used by property tests, and to vet a saved or shared lab before using it.
 */
export function validateLab(lab: LabState): string[] {
  const problems: string[] = [];
  if (lab.schema !== 1) problems.push(`unknown schema ${String(lab.schema)}`);
  if (!Number.isFinite(lab.clock?.nowMs)) problems.push('the clock is not a number');
  for (const host of Object.values(lab.hosts ?? {})) {
    if (host.boot.booted !== 0 && host.boot.booted !== 1) problems.push(`${host.id}: booted bank is not 0 or 1`);
    const bootbank = lookup(host.vfs.root, '/bootbank', false);
    const expected = volumePath(host.disk.banks[host.boot.booted]?.uuid ?? '');
    // A reader may remove the links (`rm *` in /, as root on a real host); if there, they must be right.
    if (bootbank.ok && (bootbank.node.kind !== 'link' || bootbank.node.target !== expected)) problems.push(`${host.id}: /bootbank does not point at the booted bank`);
    const altbootbank = lookup(host.vfs.root, '/altbootbank', false);
    if (altbootbank.ok && (altbootbank.node.kind !== 'link' || altbootbank.node.target === expected)) problems.push(`${host.id}: /altbootbank does not point at the other bank`);
    for (const bank of BANKS) {
      const config = readBank(host, bank);
      if (config && !LEGAL_BOOTSTATES.has(config.bootstate)) problems.push(`${host.id}: bank ${bank} has bootstate ${config.bootstate}`);
    }
    // A running host whose boot.cfg a reader removed is sound: ESXi runs from RAM, and the loader
    // skips that bank at the next boot. So no invariant ties a running host to its bank's config.
  }
  return problems;
}
