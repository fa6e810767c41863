/**
 * The traffic model on the virtual clock: every simulated second each dvSwitch host's uplinks
 * are loaded by the dvPorts placed on them and Network I/O Control shares them out; every 30 s
 * Load-Based Teaming looks at the last 30 s and may move a port. One sample per second is kept
 * (the last HISTORY_SECONDS) for the charts.
 */
import type { HostState, LabState } from '../lab/types';
import { LOG_FILES, appendLog } from '../services/actions';
import { HISTORY_SECONDS } from './layouts';
import { LBT_INTERVAL_MS, lbtCheck, type LbtPort, type Placement } from './lbt';
import { allocateNioc, waterFill } from './nioc';
import { NIOC_POOL_IDS, type NiocPoolId } from './pools';
import { networkOf, pickDvSwitch, withNetwork } from './state';
import { activeVmnics, standbyVmnics } from './placement';
import type { DvSwitch, TeamMove, TrafficPort, TrafficSample, TrafficState, UplinkSample } from './types';

export const SECOND = 1000;
export const MAX_MOVES = 20;

const zeroPools = (): Record<NiocPoolId, number> => ({ faultTolerance: 0, iscsi: 0, vmotion: 0, management: 0, nfs: 0, virtualMachine: 0 });

/** A port's demand averaged over the 30 s before `at` (only its last change is remembered). */
export function meanDemand(port: TrafficPort, at: number): number {
  const from = at - LBT_INTERVAL_MS;
  if (port.changedMs <= from) return port.demandMbps;
  const cut = Math.min(at, port.changedMs);
  return (port.previousDemandMbps * (cut - from) + port.demandMbps * (at - cut)) / LBT_INTERVAL_MS;
}

function capacities(host: HostState | undefined, vmnics: readonly string[]): Record<string, number> {
  const nics = host?.network.nics ?? [];
  return Object.fromEntries(vmnics.map((name) => {
    const nic = nics.find((candidate) => candidate.name === name);
    return [name, nic && nic.link === 'Up' ? nic.speedMbps : 0];
  }));
}

/** The uplink a port really uses: its placed one, else (link down) the first live active, then standby, one. */
function effectiveUplink(dvs: DvSwitch, port: TrafficPort, placed: string | undefined, capacity: Record<string, number>): string | null {
  if (placed && capacity[placed]! > 0) return placed;
  const pg = dvs.portGroups.find((candidate) => candidate.name === port.portGroup);
  if (!pg) return null;
  return [...activeVmnics(dvs, pg, port.host), ...standbyVmnics(dvs, pg, port.host)].find((vmnic) => capacity[vmnic]! > 0) ?? null;
}

/** Each uplink of one host this second: offered load, then what NIOC (or, when off, plain contention) lets through. */
export function hostUplinks(dvs: DvSwitch, host: HostState | undefined, ports: readonly TrafficPort[], placement: Readonly<Placement>): Record<string, UplinkSample> {
  const hostId = host?.id ?? '';
  const vmnics = dvs.hosts[hostId] ?? [];
  const capacity = capacities(host, vmnics);
  const demand: Record<string, Record<NiocPoolId, number>> = Object.fromEntries(vmnics.map((v) => [v, zeroPools()]));
  const offered: Record<string, number> = Object.fromEntries(vmnics.map((v) => [v, 0]));
  for (const port of ports) {
    if (port.host !== hostId || port.demandMbps <= 0) continue;
    const uplink = effectiveUplink(dvs, port, placement[port.id], capacity);
    if (!uplink) continue;
    // One vNIC never gets more than one physical NIC.
    const load = Math.min(port.demandMbps, capacity[uplink]!);
    demand[uplink]![port.pool] += load;
    offered[uplink]! += load;
  }
  const out: Record<string, UplinkSample> = {};
  if (dvs.nioc.enabled) {
    const pools = NIOC_POOL_IDS.map((id) => ({ id, shares: dvs.nioc.pools[id].shares, limitMbps: dvs.nioc.pools[id].limitMbps }));
    const result = allocateNioc({ nics: vmnics.map((id) => ({ id, capacityMbps: capacity[id]! })), pools, demandMbps: demand });
    for (const nic of result.nics) out[nic.nicId] = { capacityMbps: nic.capacityMbps, offeredMbps: offered[nic.nicId]!, totalMbps: nic.totalMbps, byPool: nic.allocatedMbps };
    return out;
  }
  // Without NIOC a saturated NIC drops traffic regardless of type: each pool keeps its proportion.
  for (const vmnic of vmnics) {
    const asks = NIOC_POOL_IDS.map((id) => demand[vmnic]![id]);
    const grants = offered[vmnic]! > capacity[vmnic]! ? waterFill(capacity[vmnic]!, asks.map((d) => ({ demand: d, weight: d }))) : asks;
    const byPool = zeroPools();
    NIOC_POOL_IDS.forEach((id, i) => { byPool[id] = grants[i]!; });
    out[vmnic] = { capacityMbps: capacity[vmnic]!, offeredMbps: offered[vmnic]!, totalMbps: grants.reduce((a, b) => a + b, 0), byPool };
  }
  return out;
}

// The uplinks change only when a port, the placement, the dvSwitch or a NIC changes: reuse the
// last answer while its inputs are the same objects (a pure cache; state is never mutated).
let cache: { keys: unknown[]; value: TrafficSample['hosts'] } | null = null;

export function allUplinks(lab: LabState, dvs: DvSwitch, traffic: TrafficState): TrafficSample['hosts'] {
  const hostIds = Object.keys(dvs.hosts);
  const keys: unknown[] = [dvs, traffic.ports, traffic.placement, ...hostIds.map((id) => lab.hosts[id]?.network.nics)];
  if (cache && cache.keys.length === keys.length && cache.keys.every((key, i) => key === keys[i])) return cache.value;
  const value = Object.fromEntries(hostIds.map((id) => [id, hostUplinks(dvs, lab.hosts[id], traffic.ports, traffic.placement[id] ?? {})]));
  cache = { keys, value };
  return value;
}

/** One LBT check at `at` on every member host whose LBT daemon runs. */
function lbtRound(lab: LabState, dvs: DvSwitch, traffic: TrafficState, at: number): { traffic: TrafficState; moves: TeamMove[] } {
  const placement = { ...traffic.placement };
  const moves: TeamMove[] = [];
  const teaming = new Map(dvs.portGroups.map((pg) => [pg.name, pg.teaming]));
  for (const hostId of Object.keys(dvs.hosts)) {
    const host = lab.hosts[hostId];
    if (host?.services.running.lbtd === false) continue;
    const hostPorts = traffic.ports.filter((port) => port.host === hostId);
    if (!hostPorts.some((port) => teaming.get(port.portGroup) === 'loadBased')) continue;
    const capacity = capacities(host, dvs.hosts[hostId]!);
    const ports: LbtPort[] = hostPorts.map((port) => ({ id: port.id, demandMbps: meanDemand(port, at), movable: teaming.get(port.portGroup) === 'loadBased' }));
    const result = lbtCheck({ policy: 'loadBased', uplinks: dvs.hosts[hostId]!.map((id) => ({ id, capacityMbps: capacity[id]! })), ports, placement: placement[hostId] ?? {}, lastCheckMs: traffic.lastCheckMs }, at);
    if (result.moves.length === 0) continue;
    placement[hostId] = result.placement;
    for (const move of result.moves) {
      const client = hostPorts.find((port) => port.id === move.portId)?.client ?? '';
      moves.push({ host: hostId, timeMs: at, portId: move.portId, client, from: move.from, to: move.to, utilisation: move.utilisation });
    }
  }
  return { traffic: moves.length > 0 ? { ...traffic, placement } : traffic, moves };
}

/** LBT writes each move to the host's log, as the issue asks (wording is the lab's). */
function logMoves(lab: LabState, moves: readonly TeamMove[]): LabState {
  let hosts = lab.hosts;
  for (const move of moves) {
    const host = hosts[move.host];
    if (!host) continue;
    const line = `vmkernel: net-lbt: dvPort ${move.portId} (${move.client}) moved from ${move.from} to ${move.to}: ${move.from} at ${Math.round(move.utilisation * 100)}% over the last 30 s`;
    hosts = { ...hosts, [move.host]: appendLog(host, move.timeMs, LOG_FILES.messages, line) };
  }
  return hosts === lab.hosts ? lab : { ...lab, hosts };
}

/** The kit's onTick: one step per whole simulated second passed since the last sample. */
export function tickNetwork(lab: LabState, _ms: number): LabState {
  const network = networkOf(lab);
  const start = network?.traffic;
  if (!network || !start) return lab;
  const dvs = pickDvSwitch(network, start.dvSwitch);
  const now = lab.clock.nowMs;
  if (!dvs || now < start.lastSampleMs + SECOND) return lab;
  let traffic = start;
  let next = lab;
  const samples: TrafficSample[] = [];
  const keepFrom = now - HISTORY_SECONDS * SECOND;
  let at = start.lastSampleMs + SECOND;
  for (; at <= now; at += SECOND) {
    if (at - traffic.lastCheckMs >= LBT_INTERVAL_MS) {
      const round = lbtRound(next, dvs, traffic, at);
      traffic = { ...round.traffic, lastCheckMs: at - ((at - traffic.lastCheckMs) % LBT_INTERVAL_MS), moves: round.moves.length ? [...traffic.moves, ...round.moves].slice(-MAX_MOVES) : traffic.moves };
      next = logMoves(next, round.moves);
    }
    if (at > keepFrom) samples.push({ t: at, hosts: allUplinks(next, dvs, traffic) });
  }
  const history = [...traffic.history, ...samples].slice(-HISTORY_SECONDS);
  return withNetwork(next, { ...network, traffic: { ...traffic, lastSampleMs: at - SECOND, history } });
}
