/**
 * The VMkernel data mover on a virtual clock: cloning a disk (full copy / XCOPY, or the software mover)
 * and creating an eagerzeroedthick disk (block zeroing / WRITE SAME, or host-written zeroes).
 * Pure: a job is planned once, then advanced by ms of virtual time with caller-supplied rates.
 * The point it teaches is where the bytes go: offloaded bytes move inside the array and never cross
 * the host's HBA; software bytes are read and written (or just written, for zeroes) by the host.
 */
import { KB, SOFTWARE_IO_BYTES, advanceProgress, bytesDone, startProgress, type Progress } from './progress';
import { HW_INIT, HW_MOVE, MAX_HW_TRANSFER, withDefaults, type StorageSettings } from './settings';

/** Illustrative throughputs in MB/s, chosen so offload is visibly faster; they are not benchmarks. */
export const DEFAULT_ARRAY_COPY_MBPS = 400;
export const DEFAULT_HOST_COPY_MBPS = 80;
export const DEFAULT_ARRAY_ZERO_MBPS = 1000;
export const DEFAULT_HOST_ZERO_MBPS = 160;

export interface MoverRates {
  readonly arrayCopyMBps: number;
  readonly hostCopyMBps: number;
  readonly arrayZeroMBps: number;
  readonly hostZeroMBps: number;
}
export const DEFAULT_MOVER_RATES: MoverRates = {
  arrayCopyMBps: DEFAULT_ARRAY_COPY_MBPS,
  hostCopyMBps: DEFAULT_HOST_COPY_MBPS,
  arrayZeroMBps: DEFAULT_ARRAY_ZERO_MBPS,
  hostZeroMBps: DEFAULT_HOST_ZERO_MBPS,
};

export interface DiskEnd {
  readonly array: string;
  readonly lun: string;
  /** VMFS block size in MB (1, 2, 4 or 8 in VMFS-3); ignored for an RDM. */
  readonly vmfsBlockSizeMB: number;
  readonly rdm?: boolean;
  /** Whether this array/LUN implements the primitive (XCOPY for copies, WRITE SAME for zeroing). */
  readonly supportsOffload: boolean;
}

export interface CopyRequest {
  readonly sizeBytes: number;
  readonly source: DiskEnd & { readonly hasSnapshots?: boolean };
  readonly destination: DiskEnd;
  readonly settings?: Partial<StorageSettings>;
  /** Scripted failure: the XCOPY covering this byte offset fails and software carries on. */
  readonly failAtBytes?: number;
}

export interface ZeroRequest {
  readonly sizeBytes: number;
  readonly target: DiskEnd;
  readonly settings?: Partial<StorageSettings>;
  readonly failAtBytes?: number;
}

/** Cumulative counters, all derived from the progress so none can ever decrease. */
export interface MoverCounters {
  readonly bytesDone: number;
  readonly hostBytesRead: number;
  readonly hostBytesWritten: number;
  /** Bytes copied or zeroed inside the array (esxtop MBC_RD/MBC_WR or MBZERO). */
  readonly arrayBytes: number;
  /** XCOPY or WRITE SAME commands issued, failed ones included (CLONE_RD/CLONE_WR or ZERO). */
  readonly offloadCommands: number;
  /** Failed offload commands (CLONE_F or ZERO_F). */
  readonly offloadFailures: number;
  /** 64 KB host I/Os: a copy reads and writes each, zeroing only writes. */
  readonly hostReadIos: number;
  readonly hostWriteIos: number;
}

export interface MoverJob {
  readonly kind: 'copy' | 'zero';
  /** How the job was planned; a failed offload keeps mode and reports the switch in counters.offloadFailures. */
  readonly mode: 'xcopy' | 'write-same' | 'software';
  /** Why the offload was not used, as a sentence; null when offloaded. */
  readonly reason: string | null;
  readonly chunkBytes: number;
  readonly totalBytes: number;
  readonly done: boolean;
  readonly counters: MoverCounters;
  readonly progress: Progress;
}

function copyFallback(r: CopyRequest, s: StorageSettings): string | null {
  const { source: src, destination: dst } = r;
  if (s[HW_MOVE] === 0) return `${HW_MOVE} is 0, so the software data mover copies through the host.`;
  if (!src.supportsOffload || !dst.supportsOffload) return 'The array or LUN does not support full copy (XCOPY).';
  if (src.array !== dst.array) return 'The copy crosses arrays; XCOPY only moves data inside one array.';
  if (src.rdm && !dst.rdm) return 'The source is an RDM and the destination is not.';
  if (!src.rdm && !dst.rdm && src.vmfsBlockSizeMB !== dst.vmfsBlockSizeMB) {
    return `The source and destination VMFS block sizes differ (${src.vmfsBlockSizeMB} MB and ${dst.vmfsBlockSizeMB} MB).`;
  }
  if (src.hasSnapshots) return 'The source disk has snapshots.';
  return null;
}

function zeroFallback(r: ZeroRequest, s: StorageSettings): string | null {
  if (s[HW_INIT] === 0) return `${HW_INIT} is 0, so the host writes the zeroes.`;
  if (!r.target.supportsOffload) return 'The array or LUN does not support block zeroing (WRITE SAME).';
  return null;
}

function countersOf(kind: MoverJob['kind'], p: Progress): MoverCounters {
  const ios = Math.ceil(p.softwareBytes / SOFTWARE_IO_BYTES);
  return {
    bytesDone: bytesDone(p),
    hostBytesRead: kind === 'copy' ? p.softwareBytes : 0,
    hostBytesWritten: p.softwareBytes,
    arrayBytes: p.offloadBytes,
    offloadCommands: Math.ceil(p.offloadBytes / p.chunkBytes) + p.offloadFailures,
    offloadFailures: p.offloadFailures,
    hostReadIos: kind === 'copy' ? ios : 0,
    hostWriteIos: ios,
  };
}

function job(kind: MoverJob['kind'], mode: MoverJob['mode'], reason: string | null, p: Progress): MoverJob {
  return { kind, mode, reason, chunkBytes: p.chunkBytes, totalBytes: p.totalBytes, done: p.phase === 'done', counters: countersOf(kind, p), progress: p };
}

/** Assumption (not in the facts file): WRITE SAME also works in MaxHWTransferSize pieces. */
function plan(kind: MoverJob['kind'], size: number, reason: string | null, s: StorageSettings, failAt: number | undefined): MoverJob {
  const offload = reason === null;
  const chunk = offload ? s[MAX_HW_TRANSFER] * KB : SOFTWARE_IO_BYTES;
  const mode = !offload ? 'software' : kind === 'copy' ? 'xcopy' : 'write-same';
  return job(kind, mode, reason, startProgress(Math.max(0, size), chunk, offload, failAt ?? null));
}

export function planCopy(request: CopyRequest): MoverJob {
  const s = withDefaults(request.settings);
  return plan('copy', request.sizeBytes, copyFallback(request, s), s, request.failAtBytes);
}

export function planZero(request: ZeroRequest): MoverJob {
  const s = withDefaults(request.settings);
  return plan('zero', request.sizeBytes, zeroFallback(request, s), s, request.failAtBytes);
}

export function advanceCopy(j: MoverJob, ms: number, rates: MoverRates = DEFAULT_MOVER_RATES): MoverJob {
  const p = advanceProgress(j.progress, ms, { offloadMBps: rates.arrayCopyMBps, softwareMBps: rates.hostCopyMBps });
  return job(j.kind, j.mode, j.reason, p);
}

export function advanceZero(j: MoverJob, ms: number, rates: MoverRates = DEFAULT_MOVER_RATES): MoverJob {
  const p = advanceProgress(j.progress, ms, { offloadMBps: rates.arrayZeroMBps, softwareMBps: rates.hostZeroMBps });
  return job(j.kind, j.mode, j.reason, p);
}
