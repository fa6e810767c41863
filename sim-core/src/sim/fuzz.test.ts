import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTS_OF, PRESETS, anyStep, applyAny } from '../testing/arbitrary';
import { createLab, validateLab } from '../testing/sim';

const RUNS = Number(process.env.FUZZ_RUNS ?? 420);
const STEPS_PER_RUN = 50;

describe('fuzzing the whole simulation', () => {
  it(`${RUNS * STEPS_PER_RUN} mixed lines and events across every preset and host: no throw, every invariant holds`, () => {
    let steps = 0;
    const run = fc.constantFrom(...PRESETS).chain((preset) => fc.array(anyStep(HOSTS_OF[preset]!), { minLength: STEPS_PER_RUN, maxLength: STEPS_PER_RUN }).map((list) => ({ preset, list })));
    fc.assert(
      fc.property(run, ({ preset, list }) => {
        let lab = createLab(preset);
        for (const step of list) {
          lab = applyAny(lab, step);
          steps++;
          const problems = validateLab(lab);
          if (problems.length > 0) throw new Error(`${preset}: after ${JSON.stringify(step)}: ${problems.join('; ')}`);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(steps).toBeGreaterThanOrEqual(20_000);
  }, 120_000);
});
