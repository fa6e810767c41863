/**
 * VMFS metadata locking on one shared LUN, with and without ATS (hardware-assisted locking).
 *
 * The model, chosen to show the contrast the facts file states rather than to reproduce timings:
 * - Metadata operations are taken in start order (ties: host name, then input order). Each locks one
 *   on-disk lock record (`lock`, default: a record of its own) for `durationMs`.
 * - Without ATS each op first takes a SCSI-2 reservation on the whole LUN (one RESV for its host, in the
 *   second it is granted) and holds it for its whole duration. A RESERVE attempt while another host holds
 *   the LUN is a conflict for the asking host and is retried every `retryMs`; the same host's ops queue
 *   behind each other without conflicts.
 * - Ordinary I/O: host h issues `ioPerSecond[h]` I/Os evenly spaced from time 0 (the k-th at k*1000/rate
 *   ms) until `seconds` ends. An attempt that lands while another host holds a reservation is a conflict
 *   (CONS) and is retried `retryMs` later until it lands outside every other host's reservation.
 * - With ATS no reservation is taken: each op does one compare-and-write (ATS) on its lock record. If
 *   another host's op holds the same record, that ATS miscompares (ATSF) and is retried every `retryMs`
 *   until the record is free. Ordinary I/O never conflicts.
 * Counts land in the second of the attempt; attempts at or after `seconds` count only in the totals.
 */

export type MetadataOpKind = 'power-on' | 'create' | 'grow' | 'snapshot';

export interface MetadataOp {
  readonly host: string;
  readonly kind: MetadataOpKind;
  readonly startMs: number;
  readonly durationMs: number;
  /** The on-disk lock record it changes, e.g. a file name; ops without one never share a record. */
  readonly lock?: string;
}

export interface LockScenario {
  /** ATS in effect: /VMFS3/HardwareAcceleratedLocking = 1 and the LUN supports it. */
  readonly ats: boolean;
  readonly seconds: number;
  readonly ops: readonly MetadataOp[];
  readonly ioPerSecond: Readonly<Record<string, number>>;
  readonly retryMs?: number;
}

export const DEFAULT_RETRY_MS = 20;

export interface LockCounters {
  readonly resv: number;
  readonly cons: number;
  readonly ats: number;
  readonly atsf: number;
}
type Counter = keyof LockCounters;

export interface HostLockStats {
  /** Per second, index = second; RESV/s and CONS/s as esxtop shows them, ATS and ATSF as counts in that second. */
  readonly perSecond: Readonly<Record<Counter, readonly number[]>>;
  readonly totals: LockCounters;
}

export interface Hold {
  readonly host: string;
  readonly kind: MetadataOpKind;
  readonly startMs: number;
  readonly endMs: number;
}

export interface LockReport {
  readonly hosts: Readonly<Record<string, HostLockStats>>;
  /** When each op actually held its lock (after any retries): the LUN without ATS, the record with ATS. */
  readonly holds: readonly Hold[];
}

/** First retry time at or after `until`, counting the failed attempts before it. */
function retryUntil(at: number, until: number, retry: number): { time: number; failures: number[] } {
  const failures: number[] = [];
  let t = at;
  while (t < until) {
    failures.push(t);
    t += retry;
  }
  return { time: t, failures };
}

export function simulateLocking(scenario: LockScenario): LockReport {
  const retry = Math.max(1, scenario.retryMs ?? DEFAULT_RETRY_MS);
  const seconds = Math.max(0, Math.floor(scenario.seconds));
  const names = [...new Set([...scenario.ops.map((op) => op.host), ...Object.keys(scenario.ioPerSecond)])].sort();
  const stats = new Map(names.map((h) => [h, { resv: new Array<number>(seconds).fill(0), cons: new Array<number>(seconds).fill(0), ats: new Array<number>(seconds).fill(0), atsf: new Array<number>(seconds).fill(0), totals: { resv: 0, cons: 0, ats: 0, atsf: 0 } }]));
  const count = (host: string, counter: Counter, atMs: number): void => {
    const s = stats.get(host)!;
    s.totals[counter] += 1;
    const second = Math.floor(atMs / 1000);
    if (second >= 0 && second < seconds) s[counter][second]! += 1;
  };

  const order = scenario.ops.map((op, i) => ({ op, i })).sort((a, b) => a.op.startMs - b.op.startMs || (a.op.host < b.op.host ? -1 : a.op.host > b.op.host ? 1 : 0) || a.i - b.i);
  const holds: Hold[] = [];
  const recordFree = new Map<string, { host: string; endMs: number }>();
  let lun = { host: '', endMs: -Infinity };
  for (const { op, i } of order) {
    const key = op.lock ?? `\u0000op${i}`;
    const rec = recordFree.get(key) ?? { host: '', endMs: -Infinity };
    let start = Number.isFinite(op.startMs) ? op.startMs : 0;
    if (scenario.ats) {
      const busy = rec.host !== op.host ? rec.endMs : -Infinity;
      const { time, failures } = retryUntil(start, busy, retry);
      for (const t of failures) {
        count(op.host, 'ats', t);
        count(op.host, 'atsf', t);
      }
      start = Math.max(time, rec.endMs);
      count(op.host, 'ats', start);
    } else {
      if (lun.host === op.host) start = Math.max(start, lun.endMs);
      const { time, failures } = retryUntil(start, lun.endMs, retry);
      for (const t of failures) count(op.host, 'cons', t);
      start = Math.max(time, rec.endMs);
      count(op.host, 'resv', start);
    }
    // A non-finite duration would hold the LUN forever and make every retry loop endless.
    const endMs = start + (Number.isFinite(op.durationMs) ? Math.max(0, op.durationMs) : 0);
    holds.push({ host: op.host, kind: op.kind, startMs: start, endMs });
    recordFree.set(key, { host: op.host, endMs: Math.max(rec.endMs, endMs) });
    if (!scenario.ats && endMs > lun.endMs) lun = { host: op.host, endMs };
  }

  if (!scenario.ats) {
    const blockerAt = (host: string, t: number): Hold | undefined => holds.find((h) => h.host !== host && h.startMs <= t && t < h.endMs);
    for (const host of names) {
      const rate = scenario.ioPerSecond[host] ?? 0;
      if (!(rate > 0)) continue;
      for (let k = 0; (k * 1000) / rate < seconds * 1000; k++) {
        let t = (k * 1000) / rate;
        for (let hold = blockerAt(host, t); hold; hold = blockerAt(host, t)) {
          const { time, failures } = retryUntil(t, hold.endMs, retry);
          for (const f of failures) count(host, 'cons', f);
          t = time;
        }
      }
    }
  }

  const hosts: Record<string, HostLockStats> = {};
  for (const [host, s] of stats) hosts[host] = { perSecond: { resv: s.resv, cons: s.cons, ats: s.ats, atsf: s.atsf }, totals: s.totals };
  return { hosts, holds };
}
