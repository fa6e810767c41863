/**
 * Boot storms: many VMs on several hosts powering on at once against one VMFS datastore.
 * The storm stores only its inputs; what happened is the locking model (locking.ts) run over
 * them, so the lab stays small JSON and every view (esxtop, the widget, goals) agrees.
 *
 * Time alignment: the model's second 0 starts at the lab's whole second in which the storm
 * began, so the model's per-second counts are exactly the lab's seconds (see `baseMs`).
 */
import type { LabState } from '../lab/types';
import { DEFAULT_RETRY_MS, simulateLocking, type LockCounters, type LockReport, type MetadataOp } from './locking';
import { HW_LOCKING } from './settings';
import { EVENT_TEXT } from '../messages/events';
import { STORAGE_REFUSALS } from './refusals';
import { accept, refuse, type Outcome } from '../sim/outcome';
import { datastoreByName, lunOf, recordStatus, settingsOf, storageOf, withStorage } from './state';
import { hostSees } from './visible';
import type { BootStorm, LabStorage } from './types';

/** Illustrative numbers, chosen so the contrast shows within seconds; they are not measurements. */
export const STORM = {
  vmsPerHost: 10,
  maxVmsPerHost: 40,
  /** vCenter asks each host for its next power-on this long after the previous one. */
  staggerMs: 200,
  /** One power-on's metadata update: lock the .vmx and disks, create the .vswp. */
  metadataMs: 250,
  /** I/O per second each host keeps sending to the LUN for its VMs that already run. */
  ioPerSecond: 50,
  retryMs: DEFAULT_RETRY_MS,
  /** Storms remembered (for counters and goals). */
  keep: 4,
} as const;

export interface StormOutcome {
  report: LockReport;
  /** The lab time of the model's time 0 (a whole second). */
  baseMs: number;
  /** Per VM, in plan order: when it was asked to power on and when its metadata update ended (lab ms). */
  vms: { host: string; requestedMs: number; poweredOnMs: number }[];
  finishedMs: number;
}

const base = (storm: BootStorm) => Math.floor(storm.startedMs / 1000) * 1000;

/** The metadata operations, sorted as the locking model orders them so holds[i] is ops[i]. */
export function stormOps(storm: BootStorm): MetadataOp[] {
  const offset = storm.startedMs - base(storm);
  const ops: MetadataOp[] = [];
  for (const host of Object.keys(storm.vms).sort()) {
    for (let i = 0; i < storm.vms[host]!; i++) {
      ops.push({ host, kind: 'power-on', startMs: offset + i * STORM.staggerMs, durationMs: STORM.metadataMs, lock: `${host}/vm${i + 1}` });
    }
  }
  return ops.sort((a, b) => a.startMs - b.startMs || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}

// Storms are immutable values, so one outcome per storm object is safe to remember.
const outcomes = new WeakMap<BootStorm, StormOutcome>();

export function stormOutcome(storm: BootStorm): StormOutcome {
  const known = outcomes.get(storm);
  if (known) return known;
  const ops = stormOps(storm);
  const scenario = { ats: storm.ats, ops, retryMs: STORM.retryMs };
  // First the holds alone (cheap), to know how long the I/O must run; then with the I/O.
  const lastEnd = Math.max(0, ...simulateLocking({ ...scenario, seconds: 0, ioPerSecond: {} }).holds.map((h) => h.endMs));
  const io = Object.fromEntries(Object.keys(storm.vms).map((host) => [host, STORM.ioPerSecond]));
  const report = simulateLocking({ ...scenario, seconds: Math.ceil(lastEnd / 1000), ioPerSecond: io });
  const at = base(storm);
  const vms = ops.map((op, i) => ({ host: op.host, requestedMs: at + op.startMs, poweredOnMs: at + report.holds[i]!.endMs }));
  const outcome: StormOutcome = { report, baseMs: at, vms, finishedMs: at + lastEnd };
  outcomes.set(storm, outcome);
  return outcome;
}

/** Why the hosts use SCSI reservations on this LUN, or null when ATS is in effect. */
export function lockingReason(lab: LabState, lunAts: boolean, hosts: readonly string[]): string | null {
  if (!lunAts) return 'The array does not support ATS (hardware-assisted locking) on this LUN.';
  // One host still reserving the whole LUN blocks everyone, so ATS needs every host that shares it.
  const off = hosts.filter((host) => settingsOf(lab.hosts[host])[HW_LOCKING] === 0);
  if (off.length > 0) return `${HW_LOCKING} is 0 on ${off.join(', ')}, so metadata updates reserve the whole LUN.`;
  return null;
}

/**
 * The lab with a boot storm started now on the datastore asked for (else the first shared one),
 * by every host asked for that sees it; refused when the request names nothing real. Requests
 * may come from a saved or shared lab: only what is well formed is taken.
 */
export function startBootStorm(lab: LabState, request: Readonly<Record<string, unknown>>): Outcome {
  const s = storageOf(lab);
  if (request.datastore !== undefined && typeof request.datastore !== 'string') return refuse(lab, 'malformed', EVENT_TEXT.badField('storage-workload', 'datastore', 'a datastore name'));
  const ds = typeof request.datastore === 'string' ? datastoreByName(s, request.datastore) : s.datastores.find((candidate) => candidate.host === undefined);
  if (!ds) return refuse(lab, 'invalid', typeof request.datastore === 'string' ? STORAGE_REFUSALS.noDatastore(request.datastore) : STORAGE_REFUSALS.noDatastores);
  const asked = Array.isArray(request.hosts) ? request.hosts.filter((host): host is string => typeof host === 'string') : Object.keys(lab.hosts);
  const hosts = [...new Set(asked)].filter((host) => Object.hasOwn(lab.hosts, host) && hostSees(host, ds));
  if (hosts.length === 0) return refuse(lab, 'invalid', STORAGE_REFUSALS.noStormHosts);
  const wanted = typeof request.vmsPerHost === 'number' && Number.isFinite(request.vmsPerHost) ? Math.floor(request.vmsPerHost) : STORM.vmsPerHost;
  const perHost = Math.min(Math.max(1, wanted), STORM.maxVmsPerHost);
  const lun = lunOf(s, ds);
  const reason = lockingReason(lab, lun.vaai.ats, hosts);
  const storms = s.storms ?? [];
  const storm: BootStorm = {
    id: storms.reduce((max, known) => Math.max(max, known.id), 0) + 1,
    datastore: ds.name,
    lun: lun.id,
    startedMs: lab.clock.nowMs,
    vms: Object.fromEntries(hosts.map((host) => [host, perHost])),
    ats: reason === null,
    reason,
  };
  // A host with locking on asks the array for ATS: the answer sets its VAAI Status for the device.
  let next: LabStorage = { ...s, storms: [...storms, storm].slice(-STORM.keep) };
  for (const host of hosts) {
    if (settingsOf(lab.hosts[host])[HW_LOCKING] === 1) next = recordStatus(next, lun.id, host, lun.vaai.ats ? 'supported' : 'not supported');
  }
  return accept(withStorage(lab, next));
}

/** One host's lock counters of a storm in the lab seconds [fromSecond, toSecond) (lab ms / 1000). */
export function stormCounts(storm: BootStorm, host: string, fromSecond: number, toSecond: number): LockCounters {
  const outcome = stormOutcome(storm);
  const stats = outcome.report.hosts[host];
  const sum = { resv: 0, cons: 0, ats: 0, atsf: 0 };
  if (!stats) return sum;
  const first = outcome.baseMs / 1000;
  for (const key of ['resv', 'cons', 'ats', 'atsf'] as const) {
    const perSecond = stats.perSecond[key];
    for (let second = Math.max(fromSecond, first); second < Math.min(toSecond, first + perSecond.length); second++) sum[key] += perSecond[second - first]!;
  }
  return sum;
}
