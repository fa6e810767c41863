import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab } from '../testing/sim';
import { run, wait } from '../testing/lab';
import { GB } from './layouts';
import { HW_MOVE } from './settings';
import { jobViews, vaaiSettings } from './view';

const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';
const clone = (to: string) => `vmkfstools -i ${WEB01} /vmfs/volumes/${to}`;

describe('widget accessors', () => {
  it('vaaiSettings follows the shell', () => {
    const lab = createLab('vaai-lab');
    expect(vaaiSettings(lab, 'esx01')).toEqual({ move: true, init: true, locking: true, maxTransferKB: 4096 });
    expect(vaaiSettings(run(lab, `esxcfg-advcfg -s 0 ${HW_MOVE}`).lab, 'esx01').move).toBe(false);
  });

  it('a job view says where the bytes went, how long it took, and why it fell back to software', () => {
    const offloaded = jobViews(wait(run(createLab('vaai-lab'), clone('ds-vmfs8/a/a.vmdk')).lab, 60_000))[0]!;
    expect(offloaded).toMatchObject({ mode: 'xcopy', done: true, percent: 100, hostBytes: 0, hostIoBytes: 0, offloadedBytes: 10 * GB, reason: null });
    // 10 GB at the illustrative 400 MB/s of the array, however long the clock ran past the end.
    expect(offloaded.elapsedMs).toBe(25_600);
    const lab = run(createLab('vaai-block-sizes'), clone('ds-vmfs1/b/b.vmdk')).lab;
    const software = jobViews(wait(lab, 10_000), 'esx01').at(-1)!;
    expect(software).toMatchObject({ mode: 'software', done: false, offloadedBytes: 0 });
    expect(software.hostIoBytes).toBe(2 * software.hostBytes);
    expect(software.reason).toMatch(/block sizes differ/);
  });

  it('bytes through the host plus bytes offloaded always equal bytes copied', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.constantFrom('ds-vmfs8/c/c.vmdk', 'ds-vmfs1/c/c.vmdk'), fc.array(fc.integer({ min: 0, max: 40_000 }), { maxLength: 6 }), (move, to, steps) => {
        let lab = run(run(createLab('vaai-block-sizes'), `esxcfg-advcfg -s ${move} ${HW_MOVE}`).lab, clone(to)).lab;
        for (const ms of steps) {
          lab = wait(lab, ms);
          for (const view of jobViews(lab)) {
            expect(view.hostBytes + view.offloadedBytes).toBe(view.bytesDone);
            expect(view.bytesDone).toBeLessThanOrEqual(view.totalBytes);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
