/** The in-memory file system: plain JSON data, replaced (never mutated) on every change. */
export type VfsNode = DirNode | FileNode | LinkNode;

export interface DirNode {
  kind: 'dir';
  entries: Record<string, VfsNode>;
}

export interface FileNode {
  kind: 'file';
  /** Text content; absent for binary blobs such as boot modules, which only have a size. */
  text?: string;
  /** Size in bytes of a binary blob (text files take their size from `text`). */
  bytes?: number;
}

export interface LinkNode {
  kind: 'link';
  target: string;
}

/** A mounted file system, as `df` reports it. */
export interface Mount {
  /** Absolute real path where it is mounted. */
  path: string;
  fsType: 'visorfs' | 'vfat' | 'VMFS-3';
  /** Capacity in bytes. */
  size: number;
  /** Bytes used beyond the files the lab models (file system overhead, unmodelled content). */
  baseUsed: number;
}

/** A visorfs ramdisk, as `vdf` reports it (the root file system is carved out of these). */
export interface Ramdisk {
  name: string;
  size: number;
  used: number;
  /** When set, the files below this path count towards `used` too. */
  path?: string;
}

export interface VfsState {
  root: DirNode;
  mounts: Mount[];
  ramdisks: Ramdisk[];
}
