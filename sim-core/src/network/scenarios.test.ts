import { describe, expect, it } from 'vitest';
import { checkGoals } from '../scenarios';
import { replaySolution, scenarioById } from '../testing/sim';

// Every scenario's start and replayed solution are checked for all kits in tests/content/scenarios.test.ts.
describe('wrong routes do not pass', () => {
  it('vMotion starves: stopping the vMotion is not a fix', () => {
    const scenario = scenarioById('vmotion-starves')!;
    const lab = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'net-demand', host: 'esx01', port: 'vmk1', mbps: 0 }, says: '' }] });
    const goals = checkGoals(scenario, lab);
    expect(goals.find((goal) => goal.id === 'vm-half')?.met).toBe(true);
    expect(goals.find((goal) => goal.id === 'vmotion-runs')?.met).toBe(false);
  });

  it('vMotion starves: only raising VM shares to Normal is not enough', () => {
    const scenario = scenarioById('vmotion-starves')!;
    const lab = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'nioc-shares', pool: 'virtualMachine', shares: 'normal' }, says: '' }] });
    expect(checkGoals(scenario, lab).find((goal) => goal.id === 'vm-half')?.because).toMatch(/VM traffic gets 333 of vmnic0/);
  });

  it('LBT: port-ID routing keeps vmnic0 saturated however long you wait', () => {
    const scenario = scenarioById('lbt-spread')!;
    const lab = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'tick', ms: 600_000 }, says: '' }] });
    expect(checkGoals(scenario, lab).find((goal) => goal.id === 'spread')?.because).toMatch(/vmnic0 is offered 1\d\d%/);
  });

  it('jumbo: lowering vmk1 to 1500 does not pass', () => {
    const scenario = scenarioById('jumbo-mismatch')!;
    const lab = replaySolution({ ...scenario, solution: [{ kind: 'exec', host: 'esx01', line: 'esxcfg-vmknic -m 1500 vMotion' }] });
    expect(checkGoals(scenario, lab).find((goal) => goal.id === 'jumbo-through')?.because).toMatch(/MTU 1500/);
  });

  it('CDP: a wrong port is refused', () => {
    const scenario = scenarioById('cdp-which-port')!;
    const lab = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'answer', question: 'vmnic1-port', value: 'sw-access-01:GigabitEthernet1/0/12' }, says: '' }] });
    expect(checkGoals(scenario, lab).find((goal) => goal.id === 'port')?.met).toBe(false);
  });
});
