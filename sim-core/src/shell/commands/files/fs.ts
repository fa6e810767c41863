import type { HostState, LabState } from '../../../lab/types';
import { withHost } from '../../../lab/with-host';
import { baseName, parentOf, resolvePath } from '../../../vfs/path';
import { lookup } from '../../../vfs/tree';
import type { DirNode, VfsNode } from '../../../vfs/types';

/** An operand as an absolute, logical path (`..` folded, links not followed). */
export const absolute = (host: HostState, path: string): string => resolvePath(host.shell.cwd, path);

/** The lab with `host`'s root file system replaced. */
export function withRoot(lab: LabState, host: HostState, root: DirNode): LabState {
  return withHost(lab, { ...host, vfs: { ...host.vfs, root } });
}

export type Entry =
  | { ok: true; node: VfsNode; real: string }
  | { ok: false; error: 'ENOENT' | 'ENOTDIR' | 'ELOOP' };

/**
 * The node a path names without following a final link (as lstat does), with the real
 * path of that node: the real path of its directory plus its own name.
 */
export function lstatPath(root: DirNode, abs: string): Entry {
  if (abs === '/') return { ok: true, node: root, real: '/' };
  const parent = lookup(root, parentOf(abs));
  if (!parent.ok) return parent;
  if (parent.node.kind !== 'dir') return { ok: false, error: 'ENOTDIR' };
  const name = baseName(abs);
  const node = parent.node.entries[name];
  if (!node) return { ok: false, error: 'ENOENT' };
  return { ok: true, node, real: resolvePath(parent.path, name) };
}

/** The same, following a final link (as stat does). */
export function statPath(root: DirNode, abs: string): Entry {
  const found = lookup(root, abs);
  return found.ok ? { ok: true, node: found.node, real: found.path } : found;
}

/** Whether `path` is `ancestor` or lies below it. */
export const isWithin = (path: string, ancestor: string): boolean =>
  ancestor === '/' || path === ancestor || path.startsWith(`${ancestor}/`);
