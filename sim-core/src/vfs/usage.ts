import { lookup, treeBytes } from './tree';
import type { DirNode, Mount, Ramdisk } from './types';

/**
 * A mounted volume's used bytes: what the lab models under its mount point, plus what it does
 * not model (its base use). The one figure df, vmkfstools -P and every other view report.
 */
export function mountUsed(root: DirNode, mount: Mount): number {
  if (mount.path === '/') return mount.baseUsed;
  const found = lookup(root, mount.path);
  return Math.min(mount.size, mount.baseUsed + (found.ok ? treeBytes(found.node) : 0));
}

/** A ramdisk's used bytes: its base use plus the files below its path, capped at its size (vdf and the scenarios). */
export function ramdiskUsed(root: DirNode, disk: Ramdisk): number {
  if (!disk.path) return disk.used;
  const found = lookup(root, disk.path);
  return Math.min(disk.size, disk.used + (found.ok ? treeBytes(found.node) : 0));
}
