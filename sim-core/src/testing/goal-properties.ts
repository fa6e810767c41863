import fc from 'fast-check';
import { checkGoals, type Scenario } from '../scenarios';
import { anyStep, applyAny, HOSTS_OF, type Step } from './arbitrary';
import { sim } from './sim';

/**
 * A property for a scenario's goals: from its preset, after any steps (any typed line or event,
 * and the lines the scenario's own hints suggest), checking the goals never throws and every
 * unmet goal says why in words.
 */
export function goalsNeverThrow(scenario: Scenario, hintLines: readonly string[]): void {
  const hosts = HOSTS_OF[scenario.preset]!;
  const hinted = fc.record({ kind: fc.constant('exec' as const), host: fc.constantFrom(...hosts), line: fc.constantFrom(...hintLines) });
  const step: fc.Arbitrary<Step> = fc.oneof(anyStep(hosts), hinted);
  fc.assert(
    fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
      const lab = steps.reduce(applyAny, sim.createLab(scenario.preset));
      for (const goal of checkGoals(scenario, lab)) {
        if (!goal.met && !/\w/.test(goal.because ?? '')) throw new Error(`goal ${goal.id} is unmet without a reason`);
      }
    }),
    { numRuns: 40 },
  );
}
