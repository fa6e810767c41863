import { describe, expect, it } from 'vitest';
import { checkGoals, type Scenario } from '.';
import { replaySolution, scenarioById, createLab } from '../testing/sim';
import { STORAGE_SCENARIOS, stormCauseTruth } from './storage';

const unmet = (scenario: Scenario, steps: number) =>
  checkGoals(scenario, replaySolution({ ...scenario, solution: scenario.solution.slice(0, steps) })).filter((goal) => !goal.met);

describe('storage scenarios', () => {
  it.each(STORAGE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s: the solution reaches every goal, the start reaches none', (_id, scenario) => {
    expect(checkGoals(scenario, replaySolution(scenario)).filter((goal) => !goal.met)).toEqual([]);
    expect(unmet(scenario, 0)).toHaveLength(scenario.goals.length);
  });

  it('boot storm: the cause is read from the lab, and half a fix is not a fix', () => {
    const scenario = scenarioById('boot-storm')!;
    expect(stormCauseTruth(createLab('vaai-boot-storm'))).toBe('reservations');
    // Locking on for esx01 and esx02 only (steps 0-4), then a new storm: esx03 still reserves the LUN.
    const partial = replaySolution({ ...scenario, solution: [...scenario.solution.slice(0, 5), ...scenario.solution.slice(-3)] });
    const goals = checkGoals(scenario, partial);
    expect(goals.find((goal) => goal.id === 'ats-on')!.because).toMatch(/1 of 3 hosts/);
    expect(goals.find((goal) => goal.id === 'ats-storm')!.because).toMatch(/power the 30 VMs on again/);
    // The fix without a new storm: the old one ran with reservations.
    expect(unmet(scenario, scenario.solution.length - 2).map((goal) => goal.id)).toEqual(['ats-storm']);
    // A storm with ATS that has not finished yet says so.
    expect(unmet(scenario, scenario.solution.length - 1)[0]!.because).toMatch(/running/);
  });
});
