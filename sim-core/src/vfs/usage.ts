import { fileSize, lookup, rememberSize, writeTarget, writeText, utf8Length, type WriteResult } from './tree';
import { splitPath } from './path';
import type { DirNode, Mount, Ramdisk, VfsNode, VfsState } from './types';

/**
 * A mounted volume's used bytes: what the lab models under its mount point, plus what it does
 * not model (its base use). The one figure df, vmkfstools -P and every other view report.
 */
export function mountUsed(root: DirNode, mount: Mount): number {
  if (mount.path === '/') return mount.baseUsed;
  const found = lookup(root, mount.path);
  return Math.min(mount.size, mount.baseUsed + (found.ok ? bytesBelow(found.node, mount.path, new Set(), false) : 0));
}

/**
 * A ramdisk's used bytes, as vdf prints them: its base use, plus the text files below its path
 * that belong to no other ramdisk or volume (MAINSYS holds the root, but not /tmp or the
 * datastores). Binary blobs in the root (/bin/busybox) came with the image the base use counts.
 */
export function ramdiskUsed(vfs: VfsState, disk: Ramdisk): number {
  if (!disk.path) return disk.used;
  const found = lookup(vfs.root, disk.path);
  const nested = new Set(spacePaths(vfs).filter((path) => path !== disk.path && isBelow(path, disk.path!)));
  // Only the root's binaries came with the image (its base use counts them); files below any other ramdisk are its own.
  return Math.min(disk.size, disk.used + (found.ok ? bytesBelow(found.node, disk.path, nested, disk.path === '/') : 0));
}

/** Where a file's bytes are counted, with its size and use from the functions vdf and df call. */
export interface Space {
  name: string;
  size: number;
  used: number;
}

/** The deepest ramdisk or volume holding a real path; null for a path no space covers. */
export function spaceOf(vfs: VfsState, realPath: string): Space | null {
  let best: { path: string; space: () => Space } | null = null;
  const consider = (path: string, space: () => Space) => {
    if (isBelow(realPath, path) && (!best || path.length > best.path.length)) best = { path, space };
  };
  for (const disk of vfs.ramdisks) if (disk.path) consider(disk.path, () => ({ name: disk.name, size: disk.size, used: ramdiskUsed(vfs, disk) }));
  for (const mount of vfs.mounts) if (mount.path !== '/') consider(mount.path, () => ({ name: mount.path, size: mount.size, used: mountUsed(vfs.root, mount) }));
  return best === null ? null : (best as { space: () => Space }).space();
}

/**
 * The largest file the lab holds, whatever the volume: a browser tab keeps every file in memory,
 * and a datastore's hundreds of gigabytes would end in the engine's own string limit.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

export type SpaceWrite = WriteResult | { ok: false; error: 'ENOSPC' | 'EFBIG' };

/**
 * A write from the shell, within the space of the ramdisk or volume it lands on: a write that
 * would pass it fails with ENOSPC and changes nothing (the lab writes all or nothing).
 */
export function writeWithinSpace(vfs: VfsState, path: string, text: string, append: boolean, knownBytes?: number): SpaceWrite {
  const target = writeTarget(vfs.root, path);
  if (!target.ok) return target;
  const oldBytes = target.existing ? fileSize(target.existing) : 0;
  const keptChars = append ? (target.existing?.text?.length ?? 0) : 0;
  const space = spaceOf(vfs, target.path);
  const free = space ? space.size - space.used : Infinity;
  // Every character is at least a byte: a text too long in characters is refused before it is measured.
  const refused = tooBig(keptChars + text.length, oldBytes, free);
  if (refused) return refused;
  const newBytes = (append ? oldBytes : 0) + (knownBytes ?? utf8Length(text));
  const refusedExactly = tooBig(newBytes, oldBytes, free);
  if (refusedExactly) return refusedExactly;
  const written = writeText(vfs.root, path, text, append);
  if (written.ok) {
    const node = lookup(written.root, target.path);
    if (node.ok && node.node.kind === 'file') rememberSize(node.node, newBytes);
  }
  return written;
}

/** The space's own limit first (ENOSPC, what a reader learns from vdf), then the lab's largest file. */
function tooBig(newBytes: number, oldBytes: number, free: number): { ok: false; error: 'ENOSPC' | 'EFBIG' } | null {
  if (newBytes - oldBytes > free) return { ok: false, error: 'ENOSPC' };
  if (newBytes > MAX_FILE_BYTES) return { ok: false, error: 'EFBIG' };
  return null;
}

function spacePaths(vfs: VfsState): string[] {
  return [...vfs.ramdisks.flatMap((disk) => (disk.path ? [disk.path] : [])), ...vfs.mounts.map((mount) => mount.path).filter((path) => path !== '/')];
}

const isBelow = (path: string, dir: string) => dir === '/' || path === dir || path.startsWith(`${dir}/`);

/** Bytes of the files (or text files only) below a directory, links not followed, skipping the subtrees at `skip`. */
function bytesBelow(node: VfsNode, path: string, skip: ReadonlySet<string>, textOnly: boolean): number {
  if (node.kind !== 'dir') return node.kind === 'file' && (!textOnly || node.text !== undefined) ? fileSize(node) : 0;
  let sum = 0;
  for (const [name, child] of Object.entries(node.entries)) {
    const childPath = path === '/' ? `/${name}` : `${path}/${name}`;
    if (skip.has(childPath)) continue;
    sum += bytesBelow(child, childPath, skip, textOnly);
  }
  return sum;
}

