/**
 * Network I/O Control (vSphere 4.1, egress only): host limits first, across the NIC team,
 * then shares split each saturated physical NIC (max-min fair by weight, "water-filling").
 *
 * Rounding: none is applied. Values are plain doubles; shares of a saturated NIC are
 * computed as capacity * shares / totalShares, so the manual's example comes out exact
 * (250 / 250 / 125 on 1000 Mbps) and in general sums can differ from the capacity by a
 * few ulps, never by more.
 */
import { isValidShares, type NiocPoolId } from './pools';

export interface NiocNic {
  id: string;
  capacityMbps: number;
}

export interface NiocPool {
  id: NiocPoolId;
  shares: number;
  /** Host limit in Mbps summed over every NIC of the team; null = unlimited (default). */
  limitMbps: number | null;
}

export interface NiocInput {
  nics: readonly NiocNic[];
  pools: readonly NiocPool[];
  /** Offered egress per NIC per pool (the pool's traffic placed on that NIC). Missing = 0. */
  demandMbps: Readonly<Record<string, Partial<Record<NiocPoolId, number>>>>;
}

export interface NiocNicResult {
  nicId: string;
  capacityMbps: number;
  /** Demand after host limits were applied: what shares then compete for. */
  limitedDemandMbps: Record<NiocPoolId, number>;
  allocatedMbps: Record<NiocPoolId, number>;
  totalMbps: number;
  /** Limited demand exceeded capacity, so shares decided the split. */
  saturated: boolean;
}

export interface NiocResult {
  nics: NiocNicResult[];
  /** Per pool, summed over the team. */
  poolTotalsMbps: Record<NiocPoolId, number>;
}

interface Claim {
  demand: number;
  weight: number;
}

/**
 * Max-min fair split of `capacity` by weight: claims below their fair share get all they ask
 * and the leftover is re-split among the rest. Cheapest claims (demand / weight) settle first;
 * comparisons are cross-multiplied so no division decides who is satisfied.
 */
export function waterFill(capacity: number, claims: readonly Claim[]): number[] {
  const out = claims.map(() => 0);
  const order = claims
    .map((c, i) => i)
    .filter((i) => claims[i]!.demand > 0)
    .sort((a, b) => {
      const ca = claims[a]!;
      const cb = claims[b]!;
      return ca.demand * cb.weight - cb.demand * ca.weight || a - b;
    });
  let left = capacity;
  let weight = order.reduce((sum, i) => sum + claims[i]!.weight, 0);
  for (let k = 0; k < order.length; k++) {
    const c = claims[order[k]!]!;
    if (c.demand * weight <= left * c.weight) {
      out[order[k]!] = c.demand;
      left = Math.max(0, left - c.demand);
      weight -= c.weight;
      continue;
    }
    // Every claim from here on wants more than its fair share: split what is left by weight.
    for (let j = k; j < order.length; j++) {
      const cj = claims[order[j]!]!;
      out[order[j]!] = (left * cj.weight) / weight;
    }
    break;
  }
  return out;
}

function poolRecord(pools: readonly NiocPool[], value: (p: NiocPool) => number): Record<NiocPoolId, number> {
  const rec = {} as Record<NiocPoolId, number>;
  for (const p of pools) rec[p.id] = value(p);
  return rec;
}

function validate(input: NiocInput): void {
  const nicIds = new Set<string>();
  for (const n of input.nics) {
    if (nicIds.has(n.id)) throw new RangeError(`duplicate NIC ${n.id}`);
    if (!(n.capacityMbps >= 0) || !Number.isFinite(n.capacityMbps)) throw new RangeError(`bad capacity on ${n.id}`);
    nicIds.add(n.id);
  }
  const poolIds = new Set<string>();
  for (const p of input.pools) {
    if (poolIds.has(p.id)) throw new RangeError(`duplicate pool ${p.id}`);
    if (!isValidShares(p.shares)) throw new RangeError(`shares of ${p.id} must be an integer 1-100`);
    if (p.limitMbps !== null && !(p.limitMbps >= 0)) throw new RangeError(`bad limit on ${p.id}`);
    poolIds.add(p.id);
  }
  for (const [nicId, row] of Object.entries(input.demandMbps)) {
    if (!nicIds.has(nicId)) throw new RangeError(`demand on unknown NIC ${nicId}`);
    for (const [poolId, mbps] of Object.entries(row)) {
      if (!poolIds.has(poolId)) throw new RangeError(`demand for unknown pool ${poolId}`);
      if (!(typeof mbps === 'number' && mbps >= 0 && Number.isFinite(mbps))) throw new RangeError(`bad demand ${poolId}@${nicId}`);
    }
  }
}

export function allocateNioc(input: NiocInput): NiocResult {
  validate(input);
  const { nics, pools } = input;
  const demand = (nicId: string, poolId: NiocPoolId): number => input.demandMbps[nicId]?.[poolId] ?? 0;

  // Limits first: a limited pool's team-wide budget is spread max-min fairly over its NICs,
  // so a pool busy on one NIC only can still use its whole limit there.
  const limited = nics.map(() => ({}) as Record<NiocPoolId, number>);
  for (const p of pools) {
    const asks = nics.map((n) => demand(n.id, p.id));
    const total = asks.reduce((a, b) => a + b, 0);
    const grants = p.limitMbps === null || total <= p.limitMbps
      ? asks
      : waterFill(p.limitMbps, asks.map((d) => ({ demand: d, weight: 1 })));
    grants.forEach((g, i) => { limited[i]![p.id] = g; });
  }

  const results = nics.map((nic, i): NiocNicResult => {
    const want = limited[i]!;
    const wanted = pools.reduce((sum, p) => sum + want[p.id], 0);
    const saturated = wanted > nic.capacityMbps;
    // Shares only matter on a saturated NIC; otherwise every pool gets its (limited) demand.
    const grants = saturated
      ? waterFill(nic.capacityMbps, pools.map((p) => ({ demand: want[p.id], weight: p.shares })))
      : pools.map((p) => want[p.id]);
    const allocatedMbps = poolRecord(pools, (p) => grants[pools.indexOf(p)]!);
    return {
      nicId: nic.id,
      capacityMbps: nic.capacityMbps,
      limitedDemandMbps: poolRecord(pools, (p) => want[p.id]),
      allocatedMbps,
      totalMbps: grants.reduce((a, b) => a + b, 0),
      saturated,
    };
  });

  return {
    nics: results,
    poolTotalsMbps: poolRecord(pools, (p) => results.reduce((sum, r) => sum + r.allocatedMbps[p.id], 0)),
  };
}
