/**
 * `vmkfstools -P [-h] <path>`: the file system holding a path, in 4.x's lines (esxi-facts.md,
 * "Second research pass"): a VMFS-3.46 datastore (public, on "lvm") or one of the boot disk's
 * vfat volumes (vfat-0.04, private, on "disks"). Capacity and use come from the host's mount
 * table and mountUsed, the same figures df prints.
 */
import type { HostState } from '../lab/types';
import { volumePath } from '../boot/layout';
import { lookup } from '../vfs/tree';
import { mountUsed } from '../vfs/usage';
import type { Mount } from '../vfs/types';
import { MB } from './progress';
import { deviceName, lunById } from './state';
import { resolvePath } from '../vfs/path';
import type { LabStorage } from './types';

/** The boot disk as a 4.1 host names it (the local LUN's device name in the storage kit). */
const BOOT_DISK = 'mpx.vmhba1:C0:T0:L0';
const VFAT_BLOCK = 4096;

interface Volume {
  mount: Mount;
  fsLine: string;
  label: string;
  mode: 'public' | 'private';
  blockBytes: number;
  uuid: string;
  spannedOn: string;
  partition: string;
}

/** `absolute` with every symbolic link on the way resolved (/bootbank, /vmfs/volumes/<label>). */
function realPath(host: HostState, absolute: string): string {
  let parts = absolute.split('/').filter(Boolean);
  // A bounded walk: a link loop ends as the path it reached.
  for (let i = 0, hops = 0; i < parts.length && hops < 40; i++) {
    const here = `/${parts.slice(0, i + 1).join('/')}`;
    const entry = lookup(host.vfs.root, here, false);
    if (!entry.ok || entry.node.kind !== 'link') continue;
    const target = resolvePath(`/${parts.slice(0, i).join('/')}`, entry.node.target);
    parts = [...target.split('/').filter(Boolean), ...parts.slice(i + 1)];
    i = -1;
    hops++;
  }
  return `/${parts.join('/')}`;
}

/** The boot disk's vfat volumes by uuid: label and partition number (banks p5/p6, store p8, scratch p2). */
function vfatVolumes(host: HostState): Record<string, { label: string; partition: number }> {
  const { banks, store, scratch } = host.disk;
  return {
    [banks[0].uuid]: { label: banks[0].label, partition: 5 },
    [banks[1].uuid]: { label: banks[1].label, partition: 6 },
    [store.uuid]: { label: store.label, partition: 8 },
    ...(scratch ? { [scratch.uuid]: { label: scratch.label, partition: 2 } } : {}),
  };
}

/** The volume holding `absolute` on `host`, or null when the path is not on a VMFS or vfat volume. */
export function volumeOf(host: HostState, s: LabStorage, absolute: string): Volume | null {
  if (!lookup(host.vfs.root, absolute).ok) return null;
  const real = realPath(host, absolute);
  const uuid = real.split('/')[3];
  const mount = uuid ? host.vfs.mounts.find((known) => known.path === volumePath(uuid)) : undefined;
  if (!uuid || !mount) return null;
  if (mount.fsType === 'vfat') {
    const vfat = vfatVolumes(host)[uuid];
    if (!vfat) return null;
    return { mount, fsLine: 'vfat-0.04', label: vfat.label, mode: 'private', blockBytes: VFAT_BLOCK, uuid, spannedOn: 'disks', partition: `   ${BOOT_DISK}:${vfat.partition}` };
  }
  const ds = s.datastores.find((known) => known.uuid === uuid);
  const lun = ds && lunById(s, ds.lun);
  if (!ds || !lun) return null;
  // datastore1 is the boot disk's third partition; a LUN of the array holds one VMFS partition.
  return { mount, fsLine: 'VMFS-3.46', label: ds.name, mode: 'public', blockBytes: ds.blockSizeMB * MB, uuid, spannedOn: 'lvm', partition: `        ${deviceName(lun)}:${ds.host ? 3 : 1}` };
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * `-h` sizes: `8.8 GB`, `1013 MB`, `1 MB` (the facts' sample). Lab rule beyond it: GB and TB with
 * one decimal, smaller units whole.
 */
export function humanVmfs(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) { value /= 1024; unit++; }
  return unit >= 3 ? `${value.toFixed(1)} ${UNITS[unit]}` : `${Math.round(value)} ${UNITS[unit]}`;
}

/** The lines `vmkfstools -P` (human: `-Ph`) prints for a volume. */
export function fsInfoLines(host: HostState, volume: Volume, human: boolean): string[] {
  const block = volume.blockBytes;
  const blocks = Math.floor(volume.mount.size / block);
  const used = Math.min(blocks, Math.ceil(mountUsed(host.vfs.root, volume.mount) / block));
  const free = blocks - used;
  const capacity = human
    ? `Capacity ${humanVmfs(blocks * block)}, ${humanVmfs(free * block)} available, file block size ${humanVmfs(block)}`
    : `Capacity ${blocks * block} (${blocks} file blocks * ${block}), ${free * block} (${free} blocks) avail`;
  return [
    `${volume.fsLine} file system spanning 1 partitions.`,
    `File system label (if any): ${volume.label}`,
    `Mode: ${volume.mode}`,
    capacity,
    `UUID: ${volume.uuid}`,
    `Partitions spanned (on "${volume.spannedOn}"):`,
    volume.partition,
  ];
}
