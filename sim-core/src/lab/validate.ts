import { BANKS } from '../boot/banks';
import { volumePath } from '../boot/layout';
import { lookup } from '../vfs/tree';
import type { LabState } from './types';

/**
 * The lab's core invariants, as sentences; an empty list means the lab is sound. Each kit adds
 * its own (sim.validate runs them all). Used by property tests, and to vet a saved lab.
 *
 * What a reader may do as root on a real host is never a broken lab: writing any text into
 * boot.cfg (the loader treats a bootstate it does not know as not bootable), removing the
 * /bootbank link or putting a directory in its place (visorfs is rebuilt at the next boot).
 */
export function coreInvariants(lab: LabState): string[] {
  const problems: string[] = [];
  if (lab.schema !== 2) problems.push(`unknown schema ${String(lab.schema)}`);
  if (!Number.isFinite(lab.clock?.nowMs)) problems.push('the clock is not a number');
  for (const [id, host] of Object.entries(lab.hosts ?? {})) {
    if (host.id !== id) problems.push(`${id}: the host calls itself ${host.id}`);
    if (!lab.plan?.hosts[id]) problems.push(`${id}: the address plan has no addresses for it`);
    if (!host.services || !host.network || !host.storage) problems.push(`${id}: not a whole host (services, network and storage are all needed)`);
    if (!BANKS.includes(host.boot.booted)) problems.push(`${id}: booted bank is not 0 or 1`);
    const expected = volumePath(host.disk.banks[host.boot.booted]?.uuid ?? '');
    const bootbank = lookup(host.vfs.root, '/bootbank', false);
    if (bootbank.ok && bootbank.node.kind === 'link' && bootbank.node.target !== expected) problems.push(`${id}: /bootbank does not point at the booted bank`);
    const altbootbank = lookup(host.vfs.root, '/altbootbank', false);
    if (altbootbank.ok && altbootbank.node.kind === 'link' && altbootbank.node.target === expected) problems.push(`${id}: /altbootbank points at the booted bank`);
  }
  if (!lab.network || !lab.storage) problems.push('the lab has no network or no storage');
  return problems;
}
