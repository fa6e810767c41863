/**
 * NIC teaming on a distributed switch: "Route based on originating virtual port ID" (static)
 * and 4.1's Load-Based Teaming, "Route based on physical NIC load".
 *
 * Choices the 4.1 documentation leaves open, fixed here so runs are reproducible:
 * - A check runs when at least 30 s have passed since the last one. One call runs at most one
 *   check; the last-check time advances on the 30 s grid, so late calls do not drift it.
 * - An uplink is overloaded when its carried traffic is strictly over 75% of its capacity.
 * - Per check, each overloaded uplink (busiest first) gives away at most one port: its busiest
 *   (ties: lowest port id) to the least loaded other uplink (ties: team order), and only when the
 *   target's offered load after the move is below the source's now. Without that last rule a
 *   single port that fills any link would bounce between uplinks every 30 s.
 * - A port's traffic is never split: it rides one uplink and carries at most that uplink's capacity.
 */
export const LBT_INTERVAL_MS = 30_000;
export const LBT_THRESHOLD = 0.75;

export type TeamingPolicy = 'loadBased' | 'portId';

export interface LbtUplink {
  id: string;
  capacityMbps: number;
}

export interface LbtPort {
  /** dvPort id, e.g. "100"; numeric ids sort numerically. */
  id: string;
  demandMbps: number;
  /** False for a port whose port group does not use LBT: its traffic counts, but it never moves. */
  movable?: boolean;
}

/** Port id -> uplink id. */
export type Placement = Record<string, string>;

export interface LbtState {
  policy: TeamingPolicy;
  uplinks: readonly LbtUplink[];
  ports: readonly LbtPort[];
  placement: Readonly<Placement>;
  lastCheckMs: number;
}

export interface LbtMove {
  timeMs: number;
  portId: string;
  from: string;
  to: string;
  /** Utilisation (0-1) of the source uplink that triggered the move. */
  utilisation: number;
}

export interface LbtResult {
  placement: Placement;
  moves: LbtMove[];
  lastCheckMs: number;
}

export function comparePortIds(a: string, b: string): number {
  const na = /^\d+$/.test(a) ? Number(a) : NaN;
  const nb = /^\d+$/.test(b) ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ports in id order dealt round-robin over the uplinks in team order. */
export function initialPlacement(portIds: readonly string[], uplinkIds: readonly string[]): Placement {
  if (uplinkIds.length === 0) throw new RangeError('a team needs at least one uplink');
  const placement: Placement = {};
  [...portIds].sort(comparePortIds).forEach((port, i) => {
    placement[port] = uplinkIds[i % uplinkIds.length]!;
  });
  return placement;
}

/** What one port puts through its uplink: its demand, never more than one physical NIC. */
export function portLoadMbps(port: LbtPort, uplink: LbtUplink): number {
  return Math.min(Math.max(0, port.demandMbps), uplink.capacityMbps);
}

/** Offered traffic / capacity per uplink; can exceed 1 when a link is oversubscribed. */
function offeredRatio(state: Pick<LbtState, 'uplinks' | 'ports'>, placement: Readonly<Placement>): Record<string, number> {
  const offered: Record<string, number> = {};
  for (const u of state.uplinks) offered[u.id] = 0;
  const byId = new Map(state.uplinks.map((u) => [u.id, u]));
  for (const p of state.ports) {
    const u = byId.get(placement[p.id] ?? '');
    if (u) offered[u.id]! += portLoadMbps(p, u);
  }
  const ratio: Record<string, number> = {};
  for (const u of state.uplinks) ratio[u.id] = u.capacityMbps > 0 ? offered[u.id]! / u.capacityMbps : 0;
  return ratio;
}

/** Carried traffic / capacity per uplink, 0-1: what the host measures (the excess is dropped). */
export function uplinkUtilisation(state: Pick<LbtState, 'uplinks' | 'ports'>, placement: Readonly<Placement>): Record<string, number> {
  const ratio = offeredRatio(state, placement);
  for (const id of Object.keys(ratio)) ratio[id] = Math.min(1, ratio[id]!);
  return ratio;
}

export function lbtCheck(state: LbtState, nowMs: number): LbtResult {
  const placement: Placement = { ...state.placement };
  const elapsed = nowMs - state.lastCheckMs;
  if (elapsed < LBT_INTERVAL_MS) return { placement, moves: [], lastCheckMs: state.lastCheckMs };
  const lastCheckMs = nowMs - (elapsed % LBT_INTERVAL_MS);
  // Port-ID routing keeps the static placement however saturated a link gets.
  if (state.policy === 'portId') return { placement, moves: [], lastCheckMs };

  const order = new Map(state.uplinks.map((u, i) => [u.id, i]));
  const start = offeredRatio(state, placement);
  const overloaded = state.uplinks
    .filter((u) => start[u.id]! > LBT_THRESHOLD)
    .sort((a, b) => start[b.id]! - start[a.id]! || order.get(a.id)! - order.get(b.id)!);

  const moves: LbtMove[] = [];
  for (const src of overloaded) {
    const util = offeredRatio(state, placement); // earlier moves this check count
    const srcUtil = util[src.id]!;
    if (srcUtil <= LBT_THRESHOLD) continue;
    const busiest = state.ports
      .filter((p) => placement[p.id] === src.id && p.demandMbps > 0 && p.movable !== false)
      .sort((a, b) => portLoadMbps(b, src) - portLoadMbps(a, src) || comparePortIds(a.id, b.id))[0];
    const target = state.uplinks
      .filter((u) => u.id !== src.id && u.capacityMbps > 0)
      .sort((a, b) => util[a.id]! - util[b.id]! || order.get(a.id)! - order.get(b.id)!)[0];
    if (!busiest || !target) continue;
    // Offered (not carried) load decides, so draining a 150% link onto an idle one still counts.
    const after = offeredRatio(state, { ...placement, [busiest.id]: target.id })[target.id]!;
    if (after >= srcUtil) continue;
    placement[busiest.id] = target.id;
    moves.push({ timeMs: nowMs, portId: busiest.id, from: src.id, to: target.id, utilisation: Math.min(1, srcUtil) });
  }
  return { placement, moves, lastCheckMs };
}
