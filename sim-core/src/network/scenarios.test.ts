import { describe, expect, it } from 'vitest';
import { checkGoals } from '../scenarios';
import { goalsNeverThrow } from '../testing/goal-properties';
import { createLab, replaySolution, scenarioById } from '../testing/sim';

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

describe('four VMs on a switch without an uplink', () => {
  const scenario = scenarioById('vms-without-uplink')!;
  const after = (line: string) => checkGoals(scenario, replaySolution({ ...scenario, solution: [{ kind: 'exec', host: 'esx01', line }] }))[0]!;

  it('starts unmet because vSwitch1 has no uplink, and its solution meets the goal', () => {
    expect(checkGoals(scenario, createLab('vms-without-uplink'))[0]!.because).toMatch(/vSwitch1 has no uplink/);
    expect(checkGoals(scenario, replaySolution(scenario))[0]!.met).toBe(true);
  });

  it('linking vmnic2, whose cable is unplugged, is not a fix', () => {
    const goal = after('esxcfg-vswitch -L vmnic2 vSwitch1');
    expect(goal.met).toBe(false);
    expect(goal.because).toMatch(/vmnic2 has no link/);
  });

  it('moving a NIC that is vSwitch0\'s uplink is refused, and changes nothing', () => {
    expect(after('esxcfg-vswitch -L vmnic0 vSwitch1').met).toBe(false);
  });

  it('checking its goal never throws, whatever the reader does', () => {
    goalsNeverThrow(scenario, ['esxcfg-vswitch -L vmnic3 vSwitch1', 'esxcfg-vswitch -L vmnic2 vSwitch1', 'esxcfg-vswitch -U vmnic3 vSwitch1', 'esxcfg-vswitch -D "Web Servers" vSwitch1', 'esxcfg-vswitch -d vSwitch1']);
  });
});
