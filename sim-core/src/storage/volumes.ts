/**
 * Shared datastores in each host's file system, as on a real host: /vmfs/volumes/<uuid> holds
 * the files and /vmfs/volumes/<name> is a link to it (the same shape the base kit gives the boot
 * banks and datastore1), plus a VMFS-3 mount for `df`.
 *
 * Why files are written into the host vfs instead of read through an overlay: ls, cd, cat, df
 * and globs then work unchanged, and the base kit stays as it is. Storage state stays the truth:
 * `syncVolumes` runs whenever it changes (see withStorage) and only ever adds what is missing,
 * so a disk appears once its clone or zeroing job has finished, and what the reader made there
 * with mkdir is kept.
 */
import { volumePath } from '../boot/layout';
import type { BareHost } from '../lab/host';
import type { HostState, LabState } from '../lab/types';
import { datastoresOf } from './visible';
import { MB } from './progress';
import type { Datastore, LabStorage, VmdkFile } from './types';
import type { DirNode, Mount, VfsNode } from '../vfs/types';

/** Space VMFS-3 keeps for its own metadata (heartbeat, resource bitmaps); illustrative. */
export const VMFS_OVERHEAD_BYTES = 560 * MB;
const SECTOR = 512;

const ddbType: Record<VmdkFile['type'], string> = { thin: 'vmfsThin', thick: 'vmfs', eagerzeroedthick: 'vmfs' };

/** The small text half of a VMFS virtual disk; the data lives in <name>-flat.vmdk. */
export function descriptor(stem: string, file: VmdkFile): string {
  return [
    '# Disk DescriptorFile',
    'version=1',
    'encoding="UTF-8"',
    'CID=fffffffe',
    'parentCID=ffffffff',
    'isNativeSnapshot="no"',
    `createType="${ddbType[file.type]}"`,
    '',
    '# Extent description',
    `RW ${Math.ceil(file.sizeBytes / SECTOR)} VMFS "${stem}-flat.vmdk"`,
    '',
    '# The Disk Data Base',
    '#DDB',
    '',
    'ddb.virtualHWVersion = "7"',
    'ddb.adapterType = "lsilogic"',
    ...(file.type === 'thin' ? ['ddb.thinProvisioned = "1"'] : []),
    '',
  ].join('\n');
}

const vmx = (name: string) => `.encoding = "UTF-8"\nconfig.version = "8"\nvirtualHW.version = "7"\ndisplayName = "${name}"\nscsi0:0.fileName = "${name}.vmdk"\n`;

/** `dir` with `node` at `parts`, creating folders; the same object when something is already there. */
function ensure(dir: DirNode, parts: readonly string[], node: VfsNode): DirNode {
  const [head, ...rest] = parts;
  if (head === undefined) return dir;
  const child = dir.entries[head];
  if (rest.length === 0) return child ? dir : { kind: 'dir', entries: { ...dir.entries, [head]: node } };
  if (child && child.kind !== 'dir') return dir;
  const inner = child ?? { kind: 'dir', entries: {} };
  const next = ensure(inner, rest, node);
  return next === child ? dir : { kind: 'dir', entries: { ...dir.entries, [head]: next } };
}

/** The nodes one datastore's finished files need, as (path parts, node) pairs. */
function datastoreNodes(ds: Datastore): [string[], VfsNode][] {
  const nodes: [string[], VfsNode][] = [];
  for (const [path, file] of Object.entries(ds.files)) {
    if (!file.complete) continue;
    const parts = path.split('/').filter(Boolean);
    const name = parts.pop()!;
    const stem = name.replace(/\.vmdk$/, '');
    nodes.push([[...parts, name], { kind: 'file', text: descriptor(stem, file) }]);
    nodes.push([[...parts, `${stem}-flat.vmdk`], { kind: 'file', bytes: file.sizeBytes }]);
  }
  for (const vm of ds.vms ?? []) nodes.push([[vm, `${vm}.vmx`], { kind: 'file', text: vmx(vm) }]);
  return nodes;
}

/** The host with every datastore of `s` it sees present under /vmfs/volumes; the same object when nothing was missing. */
export function mountDatastores(host: BareHost, s: LabStorage): BareHost {
  const vmfs = host.vfs.root.entries.vmfs;
  const volumes = vmfs?.kind === 'dir' ? vmfs.entries.volumes : undefined;
  if (!vmfs || vmfs.kind !== 'dir' || volumes?.kind !== 'dir') return host;
  let dir: DirNode = volumes;
  const mounts: Mount[] = [...host.vfs.mounts];
  for (const ds of datastoresOf(s, host.id)) {
    dir = ensure(dir, [ds.uuid], { kind: 'dir', entries: {} });
    dir = ensure(dir, [ds.name], { kind: 'link', target: ds.uuid });
    for (const [parts, node] of datastoreNodes(ds)) dir = ensure(dir, [ds.uuid, ...parts], node);
    const lun = s.luns.find((known) => known.id === ds.lun);
    if (lun && !mounts.some((mount) => mount.path === volumePath(ds.uuid))) {
      mounts.push({ path: volumePath(ds.uuid), fsType: 'VMFS-3', size: (ds.sizeMB ?? lun.sizeMB) * MB, baseUsed: VMFS_OVERHEAD_BYTES });
    }
  }
  if (dir === volumes && mounts.length === host.vfs.mounts.length) return host;
  const root: DirNode = { kind: 'dir', entries: { ...host.vfs.root.entries, vmfs: { kind: 'dir', entries: { ...vmfs.entries, volumes: dir } } } };
  return { ...host, vfs: { ...host.vfs, root, mounts } };
}

/** Every host of the lab sees every datastore of the shared array. */
export function syncVolumes(lab: LabState, s: LabStorage): LabState {
  let hosts = lab.hosts;
  for (const host of Object.values(lab.hosts)) {
    const next = mountDatastores(host, s) as HostState;
    if (next !== host) hosts = { ...hosts, [host.id]: next };
  }
  return hosts === lab.hosts ? lab : { ...lab, hosts };
}
