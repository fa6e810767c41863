import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateNioc, waterFill, type NiocInput, type NiocPool } from './nioc';
import { NIOC_POOL_IDS, SHARES, type NiocPoolId } from './pools';

const EPS = 1e-6;

function pools(overrides: Partial<Record<NiocPoolId, Partial<NiocPool>>> = {}): NiocPool[] {
  return NIOC_POOL_IDS.map((id) => ({ id, shares: SHARES.normal, limitMbps: null, ...overrides[id] }));
}

const allBusy = (mbps: number) => Object.fromEntries(NIOC_POOL_IDS.map((id) => [id, mbps]));

describe('allocateNioc', () => {
  it("reproduces the 4.1 manual's example exactly: FT 25%, iSCSI 25%, each other 12.5%", () => {
    const r = allocateNioc({
      nics: [{ id: 'vmnic0', capacityMbps: 1000 }],
      pools: pools({ faultTolerance: { shares: SHARES.high }, iscsi: { shares: SHARES.high } }),
      demandMbps: { vmnic0: allBusy(1000) },
    });
    expect(r.nics[0]!.allocatedMbps).toEqual({
      faultTolerance: 250, iscsi: 250, vmotion: 125, management: 125, nfs: 125, virtualMachine: 125,
    });
    expect(r.nics[0]!.totalMbps).toBe(1000);
    expect(r.nics[0]!.saturated).toBe(true);
  });

  it('applies host limits before shares, across the team', () => {
    const r = allocateNioc({
      nics: [{ id: 'vmnic0', capacityMbps: 10000 }, { id: 'vmnic1', capacityMbps: 10000 }],
      pools: pools({ vmotion: { limitMbps: 2000 } }),
      demandMbps: { vmnic0: { vmotion: 8000 }, vmnic1: { vmotion: 8000, virtualMachine: 9000 } },
    });
    expect(r.poolTotalsMbps.vmotion).toBe(2000);
    expect(r.nics[0]!.allocatedMbps.vmotion).toBe(1000);
    expect(r.nics[1]!.allocatedMbps.vmotion).toBe(1000);
    // The limit, not the 50:50 shares, held vMotion down, so VM traffic gets the rest.
    expect(r.nics[1]!.allocatedMbps.virtualMachine).toBe(9000);
  });

  it('lets a limited pool use its whole limit on the one NIC it is busy on', () => {
    const r = allocateNioc({
      nics: [{ id: 'a', capacityMbps: 10000 }, { id: 'b', capacityMbps: 10000 }],
      pools: pools({ vmotion: { limitMbps: 2000 } }),
      demandMbps: { a: { vmotion: 300 }, b: { vmotion: 5000 } },
    });
    expect(r.nics[0]!.allocatedMbps.vmotion).toBe(300);
    expect(r.nics[1]!.allocatedMbps.vmotion).toBe(1700);
  });

  it('gives an idle or under-demanding pool’s share away', () => {
    const r = allocateNioc({
      nics: [{ id: 'vmnic0', capacityMbps: 1000 }],
      pools: pools({ faultTolerance: { shares: SHARES.high }, iscsi: { shares: SHARES.high } }),
      demandMbps: { vmnic0: { faultTolerance: 0, iscsi: 100, vmotion: 1000, virtualMachine: 1000 } },
    });
    // iSCSI takes its 100; vMotion and VM split the remaining 900 at 50:50.
    expect(r.nics[0]!.allocatedMbps).toMatchObject({ faultTolerance: 0, iscsi: 100, vmotion: 450, virtualMachine: 450 });
    expect(r.nics[0]!.totalMbps).toBe(1000);
  });

  it('gives every pool its demand on an unsaturated NIC, whatever the shares', () => {
    const r = allocateNioc({
      nics: [{ id: 'vmnic0', capacityMbps: 1000 }],
      pools: pools({ vmotion: { shares: 1 } }),
      demandMbps: { vmnic0: { vmotion: 600, nfs: 300, management: 50 } },
    });
    expect(r.nics[0]!.saturated).toBe(false);
    expect(r.nics[0]!.allocatedMbps).toMatchObject({ vmotion: 600, nfs: 300, management: 50, iscsi: 0 });
  });

  it('honours Custom shares', () => {
    const r = allocateNioc({
      nics: [{ id: 'vmnic0', capacityMbps: 1000 }],
      pools: pools({ nfs: { shares: 75 }, virtualMachine: { shares: 25 } }),
      demandMbps: { vmnic0: { nfs: 1000, virtualMachine: 1000 } },
    });
    expect(r.nics[0]!.allocatedMbps).toMatchObject({ nfs: 750, virtualMachine: 250 });
  });

  it('rejects shares outside 1-100 and demand on unknown NICs', () => {
    const nics = [{ id: 'vmnic0', capacityMbps: 1000 }];
    expect(() => allocateNioc({ nics, pools: pools({ nfs: { shares: 0 } }), demandMbps: {} })).toThrow(RangeError);
    expect(() => allocateNioc({ nics, pools: pools({ nfs: { shares: 101 } }), demandMbps: {} })).toThrow(RangeError);
    expect(() => allocateNioc({ nics, pools: pools(), demandMbps: { vmnic9: { nfs: 1 } } })).toThrow(RangeError);
  });

  it('water-fills by weight', () => {
    expect(waterFill(100, [{ demand: 10, weight: 1 }, { demand: 100, weight: 1 }, { demand: 100, weight: 2 }])).toEqual([10, 30, 60]);
    expect(waterFill(0, [{ demand: 5, weight: 1 }])).toEqual([0]);
  });
});

const arbInput: fc.Arbitrary<NiocInput> = fc
  .record({
    caps: fc.array(fc.constantFrom(100, 1000, 10000, 0, 1), { minLength: 1, maxLength: 4 }),
    shares: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }),
    limits: fc.array(fc.option(fc.integer({ min: 0, max: 12000 })), { minLength: 6, maxLength: 6 }),
    demand: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12000 }), fc.double({ min: 0, max: 5000, noNaN: true })), { minLength: 6, maxLength: 6 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ caps, shares, limits, demand }) => ({
    nics: caps.map((c, i) => ({ id: `vmnic${i}`, capacityMbps: c })),
    pools: NIOC_POOL_IDS.map((id, j) => ({ id, shares: shares[j]!, limitMbps: limits[j] ?? null })),
    demandMbps: Object.fromEntries(caps.map((_, i) => [`vmnic${i}`, Object.fromEntries(NIOC_POOL_IDS.map((id, j) => [id, demand[i]![j]!]))])),
  }));

describe('allocateNioc properties', () => {
  it('respects capacity, limits and demand, and is work-conserving', () => {
    fc.assert(fc.property(arbInput, (input) => {
      const r = allocateNioc(input);
      for (const p of input.pools) {
        if (p.limitMbps !== null) expect(r.poolTotalsMbps[p.id]).toBeLessThanOrEqual(p.limitMbps * (1 + EPS) + EPS);
      }
      r.nics.forEach((nic, i) => {
        const cap = input.nics[i]!.capacityMbps;
        expect(nic.totalMbps).toBeLessThanOrEqual(cap * (1 + EPS) + EPS);
        let unmet = false;
        for (const p of input.pools) {
          const got = nic.allocatedMbps[p.id];
          expect(got).toBeGreaterThanOrEqual(0);
          expect(got).toBeLessThanOrEqual(nic.limitedDemandMbps[p.id] * (1 + EPS) + EPS);
          expect(nic.limitedDemandMbps[p.id]).toBeLessThanOrEqual(input.demandMbps[nic.nicId]![p.id]!);
          if (got < nic.limitedDemandMbps[p.id] - EPS) unmet = true;
        }
        if (unmet) expect(nic.totalMbps).toBeGreaterThanOrEqual(cap * (1 - EPS) - EPS);
      });
    }), { numRuns: 500 });
  });

  it('uses the whole limit when the team has room (limits are work-conserving too)', () => {
    fc.assert(fc.property(arbInput, (input) => {
      const r = allocateNioc(input);
      for (const p of input.pools) {
        const demand = input.nics.reduce((s, n) => s + (input.demandMbps[n.id]![p.id] ?? 0), 0);
        const limitedTotal = r.nics.reduce((s, n) => s + n.limitedDemandMbps[p.id], 0);
        expect(limitedTotal).toBeCloseTo(p.limitMbps === null ? demand : Math.min(demand, p.limitMbps), 3);
      }
    }), { numRuns: 300 });
  });
});
