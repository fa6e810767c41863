import type { HostState } from '../../../lab/types';
import { formatShortDate } from '../../../time/clock';
import { humanDecimal } from '../../../vfs/format';
import { fileSize, lookup } from '../../../vfs/tree';
import type { VfsNode } from '../../../vfs/types';
import { isWithin } from './fs';

/** One name `ls` shows: what it is called on screen, the node (not followed) and its real path. */
export interface Item {
  name: string;
  /** The path busybox would open to list it (`dir/name`), used in `-R` headers. */
  fullname: string;
  node: VfsNode;
  real: string;
}

export interface LsOptions {
  long: boolean;
  single: boolean;
  human: boolean;
  numeric: boolean;
  /** -F: `/` dirs, `@` links, `*` executables; -p: `/` only. */
  classify: 'none' | 'dirs' | 'all';
}

/** busybox measures an 80-column terminal and uses one column less. */
const TERMINAL_WIDTH = 79;
const COLUMN_GAP = 2;
/** visorfs reports 512 bytes for a directory. */
const DIR_SIZE = 512;
/** Width of the size column, as on the ESXi host (`root     root               512`). */
const SIZE_WIDTH = 13;

function fsTypeAt(host: HostState, real: string): string {
  let best = { path: '', type: 'visorfs' };
  for (const mount of host.vfs.mounts) {
    if (isWithin(real, mount.path) && mount.path.length > best.path.length) best = { path: mount.path, type: mount.fsType };
  }
  return best.type;
}

function isExecutable(node: VfsNode, real: string): boolean {
  if (node.kind !== 'file') return false;
  return isWithin(real, '/bin') || isWithin(real, '/sbin') || isScript(node);
}

/** Scripts are small: a huge text (built by doubling a file, say) is not read whole just to look at its first two bytes. */
const isScript = (node: VfsNode) => node.kind === 'file' && node.text !== undefined && fileSize(node) <= 1024 * 1024 && node.text.startsWith('#!');

/** Mode bits: vfat volumes (the boot banks, the store, scratch) show everything as root's only, rwx. */
export function modeString(host: HostState, node: VfsNode, real: string): string {
  if (node.kind === 'link') return 'lrwxrwxrwx';
  const vfat = fsTypeAt(host, real) === 'vfat';
  if (node.kind === 'dir') return vfat ? 'drwx------' : 'drwxr-xr-x';
  if (vfat) return '-rwx------';
  return isExecutable(node, real) ? '-rwxr-xr-x' : '-rw-r--r--';
}

const sizeOf = (node: VfsNode): number => (node.kind === 'dir' ? DIR_SIZE : fileSize(node));

function typeChar(host: HostState, node: VfsNode, real: string, classify: LsOptions['classify']): string {
  if (classify === 'none') return '';
  if (node.kind === 'dir') return '/';
  if (classify === 'dirs') return '';
  if (node.kind === 'link') return '@';
  return isExecutable(node, real) || modeString(host, node, real) === '-rwx------' ? '*' : '';
}

function longLine(host: HostState, item: Item, opts: LsOptions, nowMs: number): string {
  const { node, real } = item;
  const owner = opts.numeric ? '0' : 'root';
  const size = opts.human ? humanDecimal(sizeOf(node)) : String(sizeOf(node));
  const head = `${modeString(host, node, real)} ${'1'.padStart(4)} ${owner.padEnd(8)} ${owner.padEnd(8)} ${size.padStart(SIZE_WIDTH)} ${formatShortDate(nowMs)} `;
  if (node.kind !== 'link') return `${head}${item.name}${typeChar(host, node, real, opts.classify)}`;
  const target = lookup(host.vfs.root, real);
  const suffix = target.ok ? typeChar(host, target.node, target.path, opts.classify) : '';
  return `${head}${item.name} -> ${node.target}${suffix}`;
}

/** Prints names as busybox's showfiles does: long lines, one per line, or columns filled top to bottom. */
export function showFiles(host: HostState, items: readonly Item[], opts: LsOptions, nowMs: number): string[] {
  if (items.length === 0) return [];
  if (opts.long) return items.map((item) => longLine(host, item, opts, nowMs));
  const shown = items.map((item) => `${item.name}${typeChar(host, item.node, item.real, opts.classify)}`);
  if (opts.single) return shown;
  const width = Math.max(...items.map((item) => item.name.length)) + COLUMN_GAP;
  const columns = Math.max(1, Math.floor(TERMINAL_WIDTH / width));
  const rows = Math.ceil(items.length / columns);
  const out: string[] = [];
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let col = 0; col < columns; col++) {
      const name = shown[col * rows + row];
      if (name === undefined) continue;
      line = line === '' ? name : line.padEnd(col * width) + name;
    }
    out.push(line);
  }
  return out;
}
