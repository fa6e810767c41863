/**
 * The virtual-clock engine shared by copy and zeroing: an optional offload phase (XCOPY or WRITE SAME)
 * followed by a software phase through the host. Both data movers are the same two-phase shape; only
 * which counters the bytes land in differs, which data-mover.ts derives from this state.
 *
 * Why progress is kept as (bytes at the last rebase, ms spent since) instead of a running byte total:
 * bytes = base + floor(ms * rate / 1000) depends only on the summed ms, so advancing 2t equals advancing
 * t twice exactly (for integer ms) instead of drifting by rounding at every step. A phase ends after
 * ceil(bytes * 1000 / rate) whole ms; the unused ms of that step carry into the next phase.
 * If the caller changes the rate between steps the phase is rebased, so the new rate applies from now on
 * and never rewrites bytes already moved.
 */

export const MB = 1024 * 1024;
export const KB = 1024;
/** The software data mover's I/O size. */
export const SOFTWARE_IO_BYTES = 64 * KB;

export type Phase = 'offload' | 'software' | 'done';

export interface Progress {
  readonly totalBytes: number;
  readonly chunkBytes: number;
  /** Where the offload stops: totalBytes, or the start of the command that is scripted to fail. Null when there is no offload phase. */
  readonly offloadEndBytes: number | null;
  readonly phase: Phase;
  /** Bytes completed by the offload, and by software (software starts where the offload stopped). */
  readonly offloadBytes: number;
  readonly softwareBytes: number;
  readonly offloadFailures: number;
  readonly elapsedMs: number;
  readonly phaseBaseBytes: number;
  readonly phaseMs: number;
  /** Bytes per second the current phase has run at since phaseBaseBytes; 0 until first advanced. */
  readonly phaseRate: number;
}

export interface PhaseRates {
  /** MB/s of the offload inside the array, and of the software mover through the host. */
  readonly offloadMBps: number;
  readonly softwareMBps: number;
}

/** A failed command moves nothing, so the offload keeps only the whole chunks before the failing one. */
export function startProgress(totalBytes: number, chunkBytes: number, offload: boolean, failAtBytes: number | null): Progress {
  const fails = offload && failAtBytes !== null && failAtBytes >= 0 && failAtBytes < totalBytes;
  const offloadEndBytes = !offload ? null : fails ? Math.floor(failAtBytes! / chunkBytes) * chunkBytes : totalBytes;
  const phase: Phase = offload ? 'offload' : totalBytes > 0 ? 'software' : 'done';
  return { totalBytes, chunkBytes, offloadEndBytes, phase, offloadBytes: 0, softwareBytes: 0, offloadFailures: 0, elapsedMs: 0, phaseBaseBytes: 0, phaseMs: 0, phaseRate: 0 };
}

const phaseTarget = (p: Progress): number => (p.phase === 'offload' ? p.offloadEndBytes ?? 0 : p.totalBytes - (p.offloadEndBytes ?? 0));
const phaseDone = (p: Progress): number => Math.min(phaseTarget(p), p.phaseBaseBytes + Math.floor((p.phaseMs * p.phaseRate) / 1000));

function withPhaseBytes(p: Progress, bytes: number): Progress {
  return p.phase === 'offload' ? { ...p, offloadBytes: bytes } : p.phase === 'software' ? { ...p, softwareBytes: bytes } : p;
}

function nextPhase(p: Progress): Progress {
  const fresh = { phaseBaseBytes: 0, phaseMs: 0, phaseRate: 0 };
  if (p.phase === 'offload' && p.offloadEndBytes! < p.totalBytes) return { ...p, ...fresh, phase: 'software', offloadFailures: p.offloadFailures + 1 };
  return { ...p, ...fresh, phase: 'done' };
}

/** The progress after `ms` more of virtual time at `rates`. Non-positive rates stall the phase. */
export function advanceProgress(start: Progress, ms: number, rates: PhaseRates): Progress {
  // elapsedMs counts only the time until done, so a finished job's duration does not depend on tick sizes.
  let p: Progress = { ...start, elapsedMs: start.elapsedMs + Math.max(0, ms) };
  let left = Math.max(0, ms);
  while (p.phase !== 'done') {
    const rate = (p.phase === 'offload' ? rates.offloadMBps : rates.softwareMBps) * MB;
    if (rate !== p.phaseRate) p = { ...p, phaseBaseBytes: phaseDone(p), phaseMs: 0, phaseRate: rate };
    const target = phaseTarget(p);
    const needMs = p.phaseBaseBytes >= target ? 0 : rate > 0 ? Math.ceil(((target - p.phaseBaseBytes) * 1000) / rate) - p.phaseMs : Infinity;
    if (left < needMs) {
      p = { ...p, phaseMs: p.phaseMs + left };
      return withPhaseBytes(p, phaseDone(p));
    }
    left -= Math.max(0, needMs);
    p = nextPhase(withPhaseBytes(p, target));
  }
  return { ...p, elapsedMs: p.elapsedMs - left };
}

export const bytesDone = (p: Progress): number => p.offloadBytes + p.softwareBytes;
