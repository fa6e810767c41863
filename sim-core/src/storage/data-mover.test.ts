import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceCopy, advanceZero, planCopy, planZero, type CopyRequest, type MoverJob } from './data-mover';
import { MB } from './progress';
import { HW_INIT, HW_MOVE, MAX_HW_TRANSFER } from './settings';

const GB = 1024 * MB;
const lun = (over: Partial<CopyRequest['destination']> = {}) => ({ array: 'cx4', lun: 'naa.1', vmfsBlockSizeMB: 1, supportsOffload: true, ...over });
const clone = (over: Partial<CopyRequest> = {}): CopyRequest => ({ sizeBytes: 10 * GB, source: lun(), destination: lun({ lun: 'naa.2' }), ...over });
const finish = (job: MoverJob, step = advanceCopy): MoverJob => step(job, 1e9);

describe('planCopy / advanceCopy', () => {
  it('offloads a 10 GB clone as 2560 XCOPYs of 4 MB with no host I/O', () => {
    const job = planCopy(clone());
    expect(job).toMatchObject({ mode: 'xcopy', reason: null, chunkBytes: 4 * MB, totalBytes: 10 * GB, done: false });
    const done = finish(job);
    expect(done.done).toBe(true);
    expect(done.counters).toEqual({ bytesDone: 10 * GB, hostBytesRead: 0, hostBytesWritten: 0, arrayBytes: 10 * GB, offloadCommands: 2560, offloadFailures: 0, hostReadIos: 0, hostWriteIos: 0 });
  });

  it('issues 640 XCOPYs at MaxHWTransferSize 16384', () => {
    const done = finish(planCopy(clone({ settings: { [MAX_HW_TRANSFER]: 16384 } })));
    expect(done.chunkBytes).toBe(16 * MB);
    expect(done.counters.offloadCommands).toBe(640);
  });

  it('copies through the host in 64 KB I/Os without offload', () => {
    const done = finish(planCopy(clone({ settings: { [HW_MOVE]: 0 } })));
    expect(done.mode).toBe('software');
    expect(done.counters).toMatchObject({ hostBytesRead: 10 * GB, hostBytesWritten: 10 * GB, arrayBytes: 0, offloadCommands: 0, hostReadIos: 163840, hostWriteIos: 163840 });
  });

  it.each<[string, Partial<CopyRequest>, RegExp]>([
    ['setting is 0', { settings: { [HW_MOVE]: 0 } }, /HardwareAcceleratedMove is 0/],
    ['array lacks XCOPY', { destination: lun({ supportsOffload: false }) }, /does not support full copy/],
    ['crosses arrays', { destination: lun({ array: 'eva' }) }, /crosses arrays/],
    ['RDM to non-RDM', { source: lun({ rdm: true }) }, /RDM/],
    ['block sizes differ', { destination: lun({ vmfsBlockSizeMB: 8 }) }, /block sizes differ \(1 MB and 8 MB\)/],
    ['source has snapshots', { source: { ...lun(), hasSnapshots: true } }, /snapshots/],
  ])('falls back to software when the %s', (_, over, reason) => {
    const job = planCopy(clone(over));
    expect(job.mode).toBe('software');
    expect(job.reason).toMatch(reason);
  });

  it('offloads RDM to RDM even with unrelated block sizes', () => {
    expect(planCopy(clone({ source: lun({ rdm: true }), destination: lun({ rdm: true, vmfsBlockSizeMB: 8 }) })).mode).toBe('xcopy');
  });

  it('carries on in software from where a failed XCOPY stopped, copying no byte twice', () => {
    const failAt = 6 * GB;
    const done = finish(planCopy(clone({ failAtBytes: failAt })));
    expect(done.counters).toMatchObject({ bytesDone: 10 * GB, arrayBytes: failAt, hostBytesRead: 4 * GB, hostBytesWritten: 4 * GB, offloadFailures: 1, offloadCommands: 1536 + 1 });
    expect(done.counters.arrayBytes + done.counters.hostBytesWritten).toBe(10 * GB);
  });

  it('restarts a failed command from its own start when the failure is mid-chunk', () => {
    const done = finish(planCopy(clone({ failAtBytes: 4 * MB + 123 })));
    expect(done.counters).toMatchObject({ arrayBytes: 4 * MB, hostBytesWritten: 10 * GB - 4 * MB, offloadFailures: 1 });
  });

  it('moves bytes at the given rate on the virtual clock', () => {
    const rates = { arrayCopyMBps: 100, hostCopyMBps: 50, arrayZeroMBps: 100, hostZeroMBps: 50 };
    const halfSecond = advanceCopy(planCopy(clone()), 500, rates);
    expect(halfSecond.counters.bytesDone).toBe(50 * MB);
    expect(halfSecond.counters.offloadCommands).toBe(13);
    expect(advanceCopy(planCopy(clone({ settings: { [HW_MOVE]: 0 } })), 1000, rates).counters.hostBytesRead).toBe(50 * MB);
  });
});

describe('planZero / advanceZero', () => {
  it('lets the array zero with WRITE SAME', () => {
    const done = finish(planZero({ sizeBytes: 10 * GB, target: lun() }), advanceZero);
    expect(done.mode).toBe('write-same');
    expect(done.counters).toMatchObject({ arrayBytes: 10 * GB, hostBytesWritten: 0, hostBytesRead: 0, offloadCommands: 2560 });
  });

  it('writes zeroes from the host without WRITE SAME, and never reads', () => {
    for (const job of [planZero({ sizeBytes: 10 * GB, target: lun(), settings: { [HW_INIT]: 0 } }), planZero({ sizeBytes: 10 * GB, target: lun({ supportsOffload: false }) })]) {
      expect(job.reason).not.toBeNull();
      const done = finish(job, advanceZero);
      expect(done.counters).toMatchObject({ hostBytesWritten: 10 * GB, hostBytesRead: 0, arrayBytes: 0, hostWriteIos: 163840, hostReadIos: 0 });
    }
  });

  it('finishes zeroing in software after a failed WRITE SAME', () => {
    const done = finish(planZero({ sizeBytes: 1 * GB, target: lun(), failAtBytes: 256 * MB }), advanceZero);
    expect(done.counters).toMatchObject({ arrayBytes: 256 * MB, hostBytesWritten: 768 * MB, offloadFailures: 1 });
  });
});

describe('data mover properties', () => {
  const request = fc.record({
    sizeBytes: fc.integer({ min: 0, max: 64 * MB }),
    chunkKB: fc.integer({ min: 4, max: 16384 }),
    move: fc.constantFrom(0, 1),
    failAt: fc.option(fc.integer({ min: 0, max: 64 * MB }), { nil: undefined }),
    zero: fc.boolean(),
  });
  const rates = fc.record({ arrayCopyMBps: fc.integer({ min: 1, max: 2000 }), hostCopyMBps: fc.integer({ min: 1, max: 500 }), arrayZeroMBps: fc.integer({ min: 1, max: 2000 }), hostZeroMBps: fc.integer({ min: 1, max: 500 }) });
  const build = (r: { sizeBytes: number; chunkKB: number; move: number; failAt: number | undefined; zero: boolean }) =>
    r.zero
      ? planZero({ sizeBytes: r.sizeBytes, target: lun(), settings: { [HW_INIT]: r.move, [MAX_HW_TRANSFER]: r.chunkKB }, failAtBytes: r.failAt })
      : planCopy(clone({ sizeBytes: r.sizeBytes, settings: { [HW_MOVE]: r.move, [MAX_HW_TRANSFER]: r.chunkKB }, failAtBytes: r.failAt }));
  const step = (job: MoverJob) => (job.kind === 'zero' ? advanceZero : advanceCopy);

  it('never exceeds the total, never decreases a counter, and moves every byte exactly once', () => {
    fc.assert(
      fc.property(request, rates, fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }), (r, rt, steps) => {
        let job = build(r);
        for (const ms of [...steps, 1e7]) {
          const next = step(job)(job, ms, rt);
          expect(next.counters.bytesDone).toBeLessThanOrEqual(next.totalBytes);
          for (const key of Object.keys(job.counters) as (keyof MoverJob['counters'])[]) expect(next.counters[key]).toBeGreaterThanOrEqual(job.counters[key]);
          job = next;
        }
        expect(job.done).toBe(true);
        expect(job.counters.arrayBytes + job.counters.hostBytesWritten).toBe(r.sizeBytes);
      }),
    );
  });

  it('advancing 2t in one step equals two steps of t (integer ms, constant rates)', () => {
    fc.assert(
      fc.property(request, rates, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (r, rt, before, t) => {
        const adv = step(build(r));
        const start = adv(build(r), before, rt);
        expect(adv(adv(start, t, rt), t, rt)).toEqual(adv(start, 2 * t, rt));
      }),
    );
  });
});
