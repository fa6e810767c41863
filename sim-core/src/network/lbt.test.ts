import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialPlacement, lbtCheck, portLoadMbps, uplinkUtilisation, type LbtPort, type LbtState, type TeamingPolicy } from './lbt';

const GIG = [{ id: 'dvUplink1', capacityMbps: 1000 }, { id: 'dvUplink2', capacityMbps: 1000 }];

function team(demands: Record<string, number>, policy: TeamingPolicy = 'loadBased'): LbtState {
  const ports: LbtPort[] = Object.entries(demands).map(([id, demandMbps]) => ({ id, demandMbps }));
  return { policy, uplinks: GIG, ports, placement: initialPlacement(ports.map((p) => p.id), GIG.map((u) => u.id)), lastCheckMs: 0 };
}

describe('initialPlacement', () => {
  it('deals ports round-robin in numeric port id order', () => {
    expect(initialPlacement(['110', '9', '100', '10'], ['a', 'b'])).toEqual({ 9: 'a', 10: 'b', 100: 'a', 110: 'b' });
  });
});

describe('lbtCheck', () => {
  // 100 and 102 land on dvUplink1: 500 + 400 = 90% of 1 Gb; dvUplink2 carries 10%.
  const hot = team({ 100: 500, 101: 100, 102: 400 });

  it('does not check before 30 s, and moves the busiest port at 30 s', () => {
    expect(lbtCheck(hot, 29_999)).toEqual({ placement: hot.placement, moves: [], lastCheckMs: 0 });
    const r = lbtCheck(hot, 30_000);
    expect(r.moves).toEqual([{ timeMs: 30_000, portId: '100', from: 'dvUplink1', to: 'dvUplink2', utilisation: 0.9 }]);
    expect(r.placement['100']).toBe('dvUplink2');
    expect(r.lastCheckMs).toBe(30_000);
  });

  it('keeps the 30 s grid when called late', () => {
    expect(lbtCheck(hot, 75_000).lastCheckMs).toBe(60_000);
  });

  it('does not move at 74% (nor at exactly 75%)', () => {
    expect(lbtCheck(team({ 100: 440, 101: 0, 102: 300 }), 30_000).moves).toEqual([]);
    expect(lbtCheck(team({ 100: 450, 101: 0, 102: 300 }), 30_000).moves).toEqual([]);
    expect(lbtCheck(team({ 100: 451, 101: 0, 102: 300 }), 30_000).moves).toHaveLength(1);
  });

  it('never splits a port: one saturating vNIC stays put instead of bouncing', () => {
    const s = team({ 100: 5000, 101: 0 });
    expect(portLoadMbps(s.ports[0]!, GIG[0]!)).toBe(1000);
    expect(uplinkUtilisation(s, s.placement)).toEqual({ dvUplink1: 1, dvUplink2: 0 });
    expect(lbtCheck(s, 30_000).moves).toEqual([]);
  });

  it('drains an oversubscribed link onto an idle one', () => {
    const s = team({ 100: 1000, 101: 0, 102: 500 });
    expect(lbtCheck(s, 30_000).moves).toMatchObject([{ portId: '100', to: 'dvUplink2', utilisation: 1 }]);
  });

  it('moves at most one port per overloaded uplink per check', () => {
    const s = team({ 100: 300, 101: 0, 102: 300, 103: 0, 104: 300 });
    const first = lbtCheck(s, 30_000);
    expect(first.moves).toHaveLength(1);
    const second = lbtCheck({ ...s, placement: first.placement, lastCheckMs: first.lastCheckMs }, 60_000);
    expect(second.moves).toEqual([]); // 600 / 300 Mbps: nothing over 75% any more
  });

  it('never moves anything under port-ID routing, however saturated', () => {
    const s = team({ 100: 900, 101: 0, 102: 900 }, 'portId');
    const r = lbtCheck(s, 300_000);
    expect(r.moves).toEqual([]);
    expect(r.placement).toEqual(s.placement);
    expect(uplinkUtilisation(s, r.placement).dvUplink1).toBe(1);
  });
});

describe('lbtCheck properties', () => {
  const arbState = fc.record({
    caps: fc.array(fc.constantFrom(100, 1000, 10000), { minLength: 1, maxLength: 4 }),
    demands: fc.array(fc.integer({ min: 0, max: 12000 }), { maxLength: 12 }),
    policy: fc.constantFrom<TeamingPolicy>('loadBased', 'portId'),
    steps: fc.array(fc.integer({ min: 0, max: 70_000 }), { maxLength: 6 }),
  });

  it('keeps every port on exactly one uplink and never puts more than one uplink through a port', () => {
    fc.assert(fc.property(arbState, ({ caps, demands, policy, steps }) => {
      const uplinks = caps.map((c, i) => ({ id: `u${i}`, capacityMbps: c }));
      const ports = demands.map((d, i) => ({ id: String(100 + i), demandMbps: d }));
      let state: LbtState = { policy, uplinks, ports, placement: initialPlacement(ports.map((p) => p.id), uplinks.map((u) => u.id)), lastCheckMs: 0 };
      let now = 0;
      for (const step of steps) {
        now += step;
        const r = lbtCheck(state, now);
        if (policy === 'portId') expect(r.moves).toEqual([]);
        expect(new Set(r.moves.map((m) => m.from)).size).toBe(r.moves.length);
        expect(Object.keys(r.placement).sort()).toEqual(ports.map((p) => p.id).sort());
        for (const p of ports) {
          const u = uplinks.find((x) => x.id === r.placement[p.id]);
          expect(u).toBeDefined();
          expect(portLoadMbps(p, u!)).toBeLessThanOrEqual(u!.capacityMbps);
        }
        for (const util of Object.values(uplinkUtilisation(state, r.placement))) expect(util).toBeLessThanOrEqual(1);
        state = { ...state, placement: r.placement, lastCheckMs: r.lastCheckMs };
      }
    }), { numRuns: 300 });
  });
});
