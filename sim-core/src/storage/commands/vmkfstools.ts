/** `vmkfstools -i` (clone), `-c ... -d eagerzeroedthick` (create and zero), `-P` (file system info). */
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandContext, type CommandResult, type CommandSpec } from '../../shell/types';
import { humanDecimal } from '../../vfs/format';
import { resolvePath } from '../../vfs/path';
import { lookup } from '../../vfs/tree';
import { jobVerb, percentDone, startClone, startZero } from '../jobs';
import type { LabState } from '../../lab/types';
import { recordMetadataUpdate } from '../metadata';
import { MB } from '../progress';
import { fsInfoLines, volumeOf } from '../fs-info';
import { capacityBytes, datastoreByName, fileOf, freeBytes, pathOfRef, refOfPath, storageOf, withStorage } from '../state';
import type { DiskType, FileRef, LabStorage, StorageJob } from '../types';

const FORMATS: Readonly<Record<string, DiskType>> = { thin: 'thin', zeroedthick: 'thick', thick: 'thick', eagerzeroedthick: 'eagerzeroedthick' };
/** The format's name on the `Destination disk format:` line (`VMFS thin-provisioned` in the facts' sample). */
const formatName = (type: DiskType) => ({ thin: 'thin-provisioned', thick: 'zeroedthick', eagerzeroedthick: 'eagerzeroedthick' })[type];
const err = (text: string) => fail(`${text}\n`);

/** 10G, 512M, 100k or plain bytes. */
export function parseSize(text: string): number | null {
  const match = /^(\d+)([kKmMgGtT]?)$/.exec(text);
  if (!match) return null;
  const unit = { '': 1, k: 1024, m: MB, g: 1024 * MB, t: 1024 * 1024 * MB }[match[2]!.toLowerCase()]!;
  const bytes = Number(match[1]) * unit;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** Why a disk cannot be written: vmkfstools' message and code, and the lab's detail on a line of its own. */
interface DiskProblem {
  message: string;
  code: number;
  note: string;
}

/**
 * Why a new disk cannot be written at `target`, or null. A thick disk takes its whole size at once, so
 * it must fit the free space; a thin one grows later (lab rule: it may not be larger than the datastore).
 */
function targetProblem(ctx: CommandContext, s: LabStorage, target: FileRef, size: number, type: DiskType): DiskProblem | null {
  const path = pathOfRef(s, target);
  const ds = datastoreByName(s, target.datastore)!;
  const onDisk = lookup(ctx.host.vfs.root, path);
  if (onDisk.ok || fileOf(s, target)) return { message: T.exists, code: 39, note: T.existsNote(path) };
  // A disk still being written is in the lab's storage but not yet in the file system.
  if (onDisk.error === 'ENOTDIR' || Object.keys(ds.files).some((known) => target.path.startsWith(`${known}/`))) return { message: T.notDir, code: 20, note: T.notDirNote(path) };
  if (type === 'thin') return size > capacityBytes(s, ds) ? { message: T.noSpace, code: 13, note: T.thinTooBigNote(humanDecimal(size), humanDecimal(capacityBytes(s, ds)), ds.name) } : null;
  return size > freeBytes(s, ds) ? { message: T.noSpace, code: 13, note: T.noSpaceNote(humanDecimal(size), humanDecimal(Math.max(0, freeBytes(s, ds))), ds.name) } : null;
}

const isVmdkName = (target: FileRef) => target.path.endsWith('.vmdk') && target.path.split('/').pop() !== '.vmdk';
const refused = (verb: 'Clone' | 'Create', problem: DiskProblem) => fail(lines([T.diskFailed(verb, problem.message, problem.code), problem.note]));

function refOf(ctx: CommandContext, path: string): FileRef | null {
  return refOfPath(storageOf(ctx.lab), resolvePath(ctx.host.shell.cwd, path), ctx.hostId);
}

/**
 * What vmkfstools prints for a job: the lab's note on the job, the tool's own lines, then the
 * progress line, which a terminal redraws in place on the lab's clock until the job is done.
 */
function report(ctx: CommandContext, job: StorageJob, head: string[], lab: LabState): CommandResult {
  const verb = jobVerb(job);
  const note = job.mover.done ? T.finished(verb) : T.background(job.id, job.mover.mode, job.mover.reason);
  const result = ok(lines([note, ...head, T.progress(verb, percentDone(job))]), lab);
  return ctx.toTerminal && !job.mover.done ? { ...result, redrawsLastLine: { kit: 'storage', id: job.id } } : result;
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
  if (!isVmdkName(target)) return err(T.notVmdk(pathOfRef(storage, target)));
  const problem = targetProblem(ctx, storage, target, file.sizeBytes, type);
  if (problem) return refused('Clone', problem);
  const started = startClone(ctx.lab, ctx.hostId, source, target, type);
  return report(ctx, started.job, [T.destFormat(formatName(type)), T.cloning(pathOfRef(storage, source))], started.lab);
}

function create(ctx: CommandContext, sizeText: string, path: string, type: DiskType): CommandResult {
  const size = parseSize(sizeText);
  if (size === null) return err(T.badSize(sizeText));
  const target = refOf(ctx, path);
  if (!target) return err(T.notOnVmfs(path));
  const storage = storageOf(ctx.lab);
  if (!isVmdkName(target)) return err(T.notVmdk(pathOfRef(storage, target)));
  const problem = targetProblem(ctx, storage, target, size, type);
  if (problem) return refused('Create', problem);
  if (type === 'eagerzeroedthick') {
    const started = startZero(ctx.lab, ctx.hostId, target, size);
    return report(ctx, started.job, [T.creating(pathOfRef(storage, target))], started.lab);
  }
  // Thin and zeroedthick disks are not zeroed up front: created at once.
  const ds = datastoreByName(storage, target.datastore)!;
  const files = { ...ds.files, [target.path]: { sizeBytes: size, type, hasSnapshots: false, complete: true } };
  const next = { ...storage, datastores: storage.datastores.map((known) => (known === ds ? { ...ds, files } : known)) };
  return ok('', withStorage(ctx.lab, recordMetadataUpdate(ctx.lab, next, ctx.hostId, ds.lun, 'create')));
}

function fsInfo(ctx: CommandContext, path: string, human: boolean): CommandResult {
  const volume = volumeOf(ctx.host, storageOf(ctx.lab), resolvePath(ctx.host.shell.cwd, path));
  return volume ? ok(lines(fsInfoLines(ctx.host, volume, human))) : err(T.noFs(path));
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
    if ((flag === '-P' || flag === '-Ph') && a && rest.length === 2) return fsInfo(ctx, a, flag === '-Ph');
    if (flag === '-P' && a === '-h' && b && rest.length === 3) return fsInfo(ctx, b, true);
    return err(T.vmkfstoolsUsage);
  },
};
