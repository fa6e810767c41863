import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateLocking, type LockScenario, type MetadataOp } from './locking';

const base = (ats: boolean, ops: MetadataOp[], over: Partial<LockScenario> = {}): LockScenario => ({ ats, seconds: 5, ops, ioPerSecond: { esx01: 100, esx02: 100 }, retryMs: 20, ...over });
const powerOn: MetadataOp = { host: 'esx01', kind: 'power-on', startMs: 1000, durationMs: 100 };

describe('simulateLocking', () => {
  it('without ATS reserves the whole LUN and the other host meets conflicts while it is held', () => {
    const report = simulateLocking(base(false, [powerOn]));
    expect(report.hosts.esx01!.totals).toEqual({ resv: 1, cons: 0, ats: 0, atsf: 0 });
    expect(report.hosts.esx01!.perSecond.resv).toEqual([0, 1, 0, 0, 0]);
    // esx02 issues an I/O every 10 ms: arrivals 1000..1090 hit the 1000..1100 window and each retries every
    // 20 ms until 1100, so the one at 1000 conflicts 5 times, 1010 five times, 1020 four times, ... 1090 once.
    expect(report.hosts.esx02!.totals.cons).toBe(5 + 5 + 4 + 4 + 3 + 3 + 2 + 2 + 1 + 1);
    expect(report.hosts.esx02!.perSecond.cons).toEqual([0, 30, 0, 0, 0]);
  });

  it('with ATS locks only the record: one ATS, no reservations, no conflicts', () => {
    const report = simulateLocking(base(true, [powerOn]));
    expect(report.hosts.esx01!.totals).toEqual({ resv: 0, cons: 0, ats: 1, atsf: 0 });
    expect(report.hosts.esx02!.totals).toEqual({ resv: 0, cons: 0, ats: 0, atsf: 0 });
  });

  it('without ATS a second host reserving during the first reservation conflicts and waits', () => {
    const ops: MetadataOp[] = [powerOn, { host: 'esx02', kind: 'create', startMs: 1050, durationMs: 100 }];
    const { holds, hosts } = simulateLocking(base(false, ops, { ioPerSecond: {} }));
    expect(holds).toEqual([
      { host: 'esx01', kind: 'power-on', startMs: 1000, endMs: 1100 },
      { host: 'esx02', kind: 'create', startMs: 1110, endMs: 1210 },
    ]);
    expect(hosts.esx02!.totals).toEqual({ resv: 1, cons: 3, ats: 0, atsf: 0 });
  });

  it('with ATS different files proceed in parallel and the same file miscompares (ATSF) until free', () => {
    const apart = simulateLocking(base(true, [{ ...powerOn, lock: 'a.vmdk' }, { host: 'esx02', kind: 'grow', startMs: 1050, durationMs: 100, lock: 'b.vmdk' }]));
    expect(apart.holds.map((h) => h.startMs)).toEqual([1000, 1050]);
    const same = simulateLocking(base(true, [{ ...powerOn, lock: 'a.vmdk' }, { host: 'esx02', kind: 'snapshot', startMs: 1050, durationMs: 100, lock: 'a.vmdk' }]));
    expect(same.holds[1]!.startMs).toBe(1110);
    expect(same.hosts.esx02!.totals).toEqual({ resv: 0, cons: 0, ats: 4, atsf: 3 });
  });

  it('does not count the reserving host\'s own I/O as conflicts', () => {
    const report = simulateLocking(base(false, [powerOn], { ioPerSecond: { esx01: 1000 } }));
    expect(report.hosts.esx01!.totals.cons).toBe(0);
  });
});

describe('locking properties', () => {
  const HOSTS = ['esx01', 'esx02', 'esx03'];
  const op = fc.record({
    host: fc.constantFrom(...HOSTS),
    kind: fc.constantFrom('power-on' as const, 'create' as const, 'grow' as const, 'snapshot' as const),
    startMs: fc.integer({ min: 0, max: 3000 }),
    durationMs: fc.integer({ min: 0, max: 300 }),
    lock: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
  });
  const scenario = (ats: boolean) =>
    fc.record({ ops: fc.array(op, { maxLength: 6 }), io: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 }), retryMs: fc.integer({ min: 1, max: 50 }) }).map(
      ({ ops, io, retryMs }): LockScenario => ({ ats, seconds: 4, ops, retryMs, ioPerSecond: Object.fromEntries(HOSTS.map((h, i) => [h, io[i]!])) }),
    );

  it('never reports a reservation or a conflict when ATS is on, and one ATS success per op', () => {
    fc.assert(
      fc.property(scenario(true), (s) => {
        const totals = Object.values(simulateLocking(s).hosts).map((h) => h.totals);
        expect(totals.every((t) => t.resv === 0 && t.cons === 0)).toBe(true);
        expect(totals.reduce((n, t) => n + t.ats - t.atsf, 0)).toBe(s.ops.length);
      }),
    );
  });

  it('without ATS takes one reservation per op, never overlapping another host\'s, and is deterministic', () => {
    fc.assert(
      fc.property(scenario(false), (s) => {
        const report = simulateLocking(s);
        expect(simulateLocking(s)).toEqual(report);
        expect(Object.values(report.hosts).reduce((n, h) => n + h.totals.resv + h.totals.ats, 0)).toBe(s.ops.length);
        for (const a of report.holds) for (const b of report.holds) if (a !== b && a.host !== b.host) expect(a.endMs <= b.startMs || b.endMs <= a.startMs).toBe(true);
      }),
    );
  });
});
