import type { DirNode, FileNode, VfsNode } from './types';
import { baseName, parentOf, resolvePath, splitPath } from './path';

const MAX_LINK_DEPTH = 16;

export type Lookup =
  | { ok: true; node: VfsNode; path: string }
  | { ok: false; error: 'ENOENT' | 'ENOTDIR' | 'ELOOP' };

/**
 * Finds the node at an absolute path, following links on the way.
 * `followLast` is false for `ls -l`-style questions about a link itself.
 * The returned path is the real path, with every link resolved.
 */
export function lookup(root: DirNode, path: string, followLast = true): Lookup {
  return walk(root, splitPath(path), '/', followLast, 0);
}

function walk(root: DirNode, parts: string[], at: string, followLast: boolean, depth: number): Lookup {
  if (depth > MAX_LINK_DEPTH) return { ok: false, error: 'ELOOP' };
  let node: VfsNode = root;
  let real = at;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '..') {
      real = parentOf(real);
      const up = walk(root, splitPath(real), '/', true, depth + 1);
      if (!up.ok) return up;
      node = up.node;
      continue;
    }
    if (node.kind !== 'dir') return { ok: false, error: 'ENOTDIR' };
    const child: VfsNode | undefined = node.entries[part];
    if (!child) return { ok: false, error: 'ENOENT' };
    const isLast = i === parts.length - 1;
    if (child.kind === 'link' && (!isLast || followLast)) {
      const target = resolvePath(real, child.target);
      const hop = walk(root, splitPath(target), '/', true, depth + 1);
      if (!hop.ok) return hop;
      node = hop.node;
      real = hop.path;
      continue;
    }
    node = child;
    real = resolvePath(real, part);
  }
  return { ok: true, node, path: real };
}

/** Returns a new root with `node` placed at the absolute real path `path` (parents must exist). */
export function setNode(root: DirNode, path: string, node: VfsNode | undefined): DirNode {
  const parts = splitPath(path);
  return replaceIn(root, parts, node);
}

function replaceIn(dir: DirNode, parts: string[], node: VfsNode | undefined): DirNode {
  const [head, ...rest] = parts;
  if (head === undefined) return dir;
  const entries = { ...dir.entries };
  if (rest.length === 0) {
    if (node) entries[head] = node;
    else delete entries[head];
  } else {
    const child = entries[head];
    if (!child || child.kind !== 'dir') return dir;
    entries[head] = replaceIn(child, rest, node);
  }
  return { kind: 'dir', entries };
}

export type WriteResult = { ok: true; root: DirNode } | { ok: false; error: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'ELOOP' };

/** Where a write to `path` lands: the real path of the file (links followed) and the file already there. */
export type WriteTarget = { ok: true; path: string; existing: FileNode | undefined } | { ok: false; error: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'ELOOP' };

export function writeTarget(root: DirNode, path: string): WriteTarget {
  const parent = lookup(root, parentOf(path));
  if (!parent.ok) return parent;
  if (parent.node.kind !== 'dir') return { ok: false, error: 'ENOTDIR' };
  const realPath = resolvePath(parent.path, baseName(path));
  const existing = parent.node.entries[baseName(path)];
  const current = existing ? lookup(root, realPath) : undefined;
  if (current?.ok && current.node.kind === 'dir') return { ok: false, error: 'EISDIR' };
  return { ok: true, path: current?.ok ? current.path : realPath, existing: current?.ok && current.node.kind === 'file' ? current.node : undefined };
}

/** Writes (or appends to) a text file, creating it when its directory exists. */
export function writeText(root: DirNode, path: string, text: string, append = false): WriteResult {
  const target = writeTarget(root, path);
  if (!target.ok) return target;
  const before = target.existing?.text ?? '';
  const file: FileNode = { kind: 'file', text: append ? before + text : text };
  return { ok: true, root: setNode(root, target.path, file) };
}

// Nodes never change, so a text file's size is counted once (vdf and every write ask again).
const textSizes = new WeakMap<FileNode, number>();

/** Records a new file's size when its writer already knows it, so a large text is never scanned. */
export function rememberSize(node: FileNode, bytes: number) {
  textSizes.set(node, bytes);
}

export function fileSize(node: VfsNode): number {
  if (node.kind === 'file') {
    if (node.text === undefined) return node.bytes ?? 0;
    let size = textSizes.get(node);
    if (size === undefined) textSizes.set(node, (size = utf8Length(node.text)));
    return size;
  }
  if (node.kind === 'link') return node.target.length;
  return 512; // what visorfs reports for a directory
}

export function utf8Length(text: string): number {
  // Most text is ASCII, and a regular expression scans it far faster than a loop.
  if (!/[^\x00-\x7f]/.test(text)) return text.length;
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Builds a directory tree from a compact description: strings are text files, numbers binary sizes. */
export type TreeSpec = { [name: string]: TreeSpec | string | number | { link: string } };

export function buildTree(spec: TreeSpec): DirNode {
  const entries: Record<string, VfsNode> = {};
  for (const [name, value] of Object.entries(spec)) {
    if (typeof value === 'string') entries[name] = { kind: 'file', text: value };
    else if (typeof value === 'number') entries[name] = { kind: 'file', bytes: value };
    else if ('link' in value && typeof value.link === 'string') entries[name] = { kind: 'link', target: value.link };
    else entries[name] = buildTree(value as TreeSpec);
  }
  return { kind: 'dir', entries };
}
