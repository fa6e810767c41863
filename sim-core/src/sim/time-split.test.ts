import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabState } from '../lab/types';
import { HOSTS_OF, PRESETS, anyStep, applyAny } from '../testing/arbitrary';
import { createLab, sim } from '../testing/sim';

const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

/** Labs with something running on the clock: a boot, a clone, a zeroing, a boot storm, traffic. */
const BUSY: readonly [string, readonly (string | object)[]][] = [
  ['after-upgrade', ['reboot']],
  ['failed-upgrade', ['reboot']],
  ['vaai-lab', [`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/c1/c1.vmdk`]],
  ['vaai-move-off', [`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/c1/c1.vmdk`]],
  ['vaai-lab', ['vmkfstools -c 2G -d eagerzeroedthick /vmfs/volumes/datastore1/z/z.vmdk']],
  ['vaai-lab', [{ type: 'storage-workload', workload: 'boot-storm', host: 'esx01' }, { type: 'storage-workload', workload: 'clone', host: 'esx01' }]],
  ['lbt-saturated', []],
  ['vmotion-starves', []],
  ['nioc-manual-example', []],
];

const started = (preset: string, steps: readonly (string | object)[]): LabState =>
  steps.reduce<LabState>((lab, step) => (typeof step === 'string' ? sim.exec(lab, HOSTS_OF[preset]![0]!, step).lab : sim.dispatch(lab, step).lab), createLab(preset));

const waits = fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 40 });
const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

/**
 * A page moves a lab's clock in frames of a few milliseconds; a lab link (src/stores/links/)
 * stores only the total between two actions. Replaying it gives the same lab only if time
 * passing in one step or in many ends in the same lab: that is what these check.
 */
describe('time passing in one step or in many gives the same lab', () => {
  it('while a boot, a copy, a boot storm or traffic runs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUSY), waits, ([preset, steps], parts) => {
        const lab = started(preset, steps);
        expect(sim.busy(lab)).toBe(true);
        expect(sim.tick(lab, sum(parts))).toEqual(parts.reduce(sim.tick, lab));
      }),
      { numRuns: 150 },
    );
  });

  it('after any steps on any preset', () => {
    const run = fc.constantFrom(...PRESETS).chain((preset) => fc.array(anyStep(HOSTS_OF[preset]!), { maxLength: 15 }).map((steps) => ({ preset, steps })));
    fc.assert(
      fc.property(run, waits, ({ preset, steps }, parts) => {
        const lab = steps.reduce(applyAny, createLab(preset));
        expect(sim.tick(lab, sum(parts))).toEqual(parts.reduce(sim.tick, lab));
      }),
      { numRuns: 150 },
    );
  });
});
