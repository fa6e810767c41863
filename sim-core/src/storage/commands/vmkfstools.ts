/** `vmkfstools -i` (clone), `-c ... -d eagerzeroedthick` (create and zero), `-P` (file system info). */
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandContext, type CommandResult, type CommandSpec } from '../../shell/types';
import { humanDecimal } from '../../vfs/format';
import { resolvePath } from '../../vfs/path';
import { mountUsed } from '../../vfs/usage';
import { volumePath } from '../../boot/layout';
import { lookup } from '../../vfs/tree';
import { percentDone, startClone, startZero } from '../jobs';
import { recordMetadataUpdate } from '../metadata';
import { MB } from '../progress';
import { capacityBytes, datastoreByName, datastoresOf, deviceName, fileOf, freeBytes, lunOf, pathOfRef, refOfPath, storageOf, withStorage } from '../state';
import type { DiskType, FileRef, LabStorage, StorageJob } from '../types';

const FORMATS: Readonly<Record<string, DiskType>> = { thin: 'thin', zeroedthick: 'thick', thick: 'thick', eagerzeroedthick: 'eagerzeroedthick' };
const formatName = (type: DiskType) => (type === 'thick' ? 'zeroedthick' : type);
const err = (text: string) => fail(`${text}\n`);

/** 10G, 512M, 100k or plain bytes. */
export function parseSize(text: string): number | null {
  const match = /^(\d+)([kKmMgGtT]?)$/.exec(text);
  if (!match) return null;
  const unit = { '': 1, k: 1024, m: MB, g: 1024 * MB, t: 1024 * 1024 * MB }[match[2]!.toLowerCase()]!;
  const bytes = Number(match[1]) * unit;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/**
 * Why a new disk cannot be written at `target`, or null. A thick disk takes its whole size at once, so
 * it must fit the free space; a thin one grows later (lab rule: it may not be larger than the datastore).
 */
function targetProblem(ctx: CommandContext, s: LabStorage, target: FileRef, size: number, type: DiskType): string | null {
  const path = pathOfRef(s, target);
  if (!target.path.endsWith('.vmdk') || target.path.split('/').pop() === '.vmdk') return T.notVmdk(path);
  const ds = datastoreByName(s, target.datastore)!;
  const onDisk = lookup(ctx.host.vfs.root, path);
  if (onDisk.ok || fileOf(s, target)) return T.exists(path);
  // A disk still being written is in the lab's storage but not yet in the file system.
  if (onDisk.error === 'ENOTDIR' || Object.keys(ds.files).some((known) => target.path.startsWith(`${known}/`))) return T.notDir(path);
  if (type === 'thin') return size > capacityBytes(s, ds) ? T.thinTooBig(path, humanDecimal(size), humanDecimal(capacityBytes(s, ds)), ds.name) : null;
  return size > freeBytes(s, ds) ? T.noSpace(path, humanDecimal(size), humanDecimal(Math.max(0, freeBytes(s, ds))), ds.name) : null;
}

function refOf(ctx: CommandContext, path: string): FileRef | null {
  return refOfPath(storageOf(ctx.lab), resolvePath(ctx.host.shell.cwd, path), ctx.hostId);
}

function report(job: StorageJob, verb: 'Clone' | 'Create', head: string[]): string {
  const status = job.mover.done ? [T.progress(verb, 100), T.finished(verb)] : [T.progress(verb, percentDone(job)), T.background(job.id, job.mover.mode, job.mover.reason)];
  return lines([...head, ...status]);
}

function clone(ctx: CommandContext, src: string, dst: string, type: DiskType): CommandResult {
  const source = refOf(ctx, src);
  const target = refOf(ctx, dst);
  if (!source) return err(T.notOnVmfs(src));
  if (!target) return err(T.notOnVmfs(dst));
  const storage = storageOf(ctx.lab);
  const file = fileOf(storage, source);
  if (!file) return err(T.noSuchFile(pathOfRef(storage, source)));
  if (!file.complete) return err(T.incomplete(pathOfRef(storage, source)));
  const problem = targetProblem(ctx, storage, target, file.sizeBytes, type);
  if (problem) return err(problem);
  const started = startClone(ctx.lab, ctx.hostId, source, target, type);
  return ok(report(started.job, 'Clone', [T.destFormat(formatName(type)), T.cloning(pathOfRef(storage, source))]), started.lab);
}

function create(ctx: CommandContext, sizeText: string, path: string, type: DiskType): CommandResult {
  const size = parseSize(sizeText);
  if (size === null) return err(T.badSize(sizeText));
  const target = refOf(ctx, path);
  if (!target) return err(T.notOnVmfs(path));
  const storage = storageOf(ctx.lab);
  const problem = targetProblem(ctx, storage, target, size, type);
  if (problem) return err(problem);
  if (type === 'eagerzeroedthick') {
    const started = startZero(ctx.lab, ctx.hostId, target, size);
    return ok(report(started.job, 'Create', [T.creating(pathOfRef(storage, target))]), started.lab);
  }
  // Thin and zeroedthick disks are not zeroed up front: created at once.
  const ds = datastoreByName(storage, target.datastore)!;
  const files = { ...ds.files, [target.path]: { sizeBytes: size, type, hasSnapshots: false, complete: true } };
  const next = { ...storage, datastores: storage.datastores.map((known) => (known === ds ? { ...ds, files } : known)) };
  return ok('', withStorage(ctx.lab, recordMetadataUpdate(ctx.lab, next, ctx.hostId, ds.lun, 'create')));
}

function fsInfo(ctx: CommandContext, path: string): CommandResult {
  const storage = storageOf(ctx.lab);
  const absolute = resolvePath(ctx.host.shell.cwd, path);
  const parts = absolute.split('/').filter(Boolean);
  const ds = parts[0] === 'vmfs' && parts[1] === 'volumes' && parts[2] ? datastoreByName(storage, parts[2], ctx.hostId) : undefined;
  if (!ds || !datastoresOf(storage, ctx.hostId).includes(ds)) return err(T.noFs(path));
  const lun = lunOf(storage, ds);
  const block = ds.blockSizeMB * MB;
  const blocks = Math.floor(((ds.sizeMB ?? lun.sizeMB) * MB) / block);
  // What df reports used on the same volume (VMFS metadata, disks, any other file), in whole blocks.
  const mount = ctx.host.vfs.mounts.find((known) => known.path === volumePath(ds.uuid));
  const used = Math.min(blocks, Math.ceil((mount ? mountUsed(ctx.host.vfs.root, mount) : 0) / block));
  return ok(lines([
    'VMFS-3.46 file system spanning 1 partitions.',
    `File system label (if any): ${ds.name}`,
    'Mode: public',
    `Capacity ${blocks * block} (${blocks} file blocks * ${block}), ${(blocks - used) * block} (${blocks - used} blocks) avail`,
    `UUID: ${ds.uuid}`,
    'Partitions spanned (on "lvm"):',
    // datastore1 is the boot disk's third partition; a LUN of the array holds one VMFS partition.
    `\t${deviceName(lun)}:${ds.host ? 3 : 1}`,
  ]));
}

export const vmkfstools: CommandSpec = {
  name: 'vmkfstools',
  summary: 'clone and create virtual disks, show VMFS file systems',
  help: T.vmkfstoolsUsage,
  run: (ctx) => {
    const args = ctx.argv.slice(1);
    const d = args.indexOf('-d');
    const formatText = d >= 0 ? args[d + 1] : undefined;
    if (d >= 0 && (formatText === undefined || !FORMATS[formatText])) return err(T.badFormat(formatText ?? ''));
    const rest = d >= 0 ? [...args.slice(0, d), ...args.slice(d + 2)] : args;
    const [flag, a, b] = rest;
    if (flag === '-i' && a && b && rest.length === 3) return clone(ctx, a, b, FORMATS[formatText ?? 'zeroedthick']!);
    if (flag === '-c' && a && b && rest.length === 3) return create(ctx, a, b, FORMATS[formatText ?? 'zeroedthick']!);
    if (flag === '-P' && a && rest.length === 2) return fsInfo(ctx, a);
    return err(T.vmkfstoolsUsage);
  },
};
