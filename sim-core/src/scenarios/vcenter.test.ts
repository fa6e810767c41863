import { describe, expect, it } from 'vitest';
import { checkGoals, type Scenario } from '.';
import type { SolutionStep } from './types';
import { goalsNeverThrow } from '../testing/goal-properties';
import { createLab, replaySolution, sim } from '../testing/sim';
import { hpDrift, hpNewHost, patchInMaintenance, VCENTER_SCENARIOS } from './vcenter';

const goal = (scenario: Scenario, steps: readonly SolutionStep[], id: string) =>
  checkGoals(scenario, replaySolution({ ...scenario, solution: [...steps] })).find((candidate) => candidate.id === id)!;
const on = (host: string, line: string): SolutionStep => ({ kind: 'exec', host, line });
const ev = (event: object): SolutionStep => ({ kind: 'event', event: event as never, says: '' });

describe('host profile scenarios', () => {
  it.each(VCENTER_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s: the solution reaches every goal, the start none it asks for', (_id, scenario) => {
    expect(checkGoals(scenario, replaySolution(scenario)).filter((g) => !g.met)).toEqual([]);
    expect(checkGoals(scenario, createLab(scenario.preset)).filter((g) => g.met && !g.keep)).toEqual([]);
  });

  it('hp-drift: a profile made from esx03 itself does not count, nor an apply without a new check', () => {
    const fromItself = [ev({ type: 'profile-create', name: 'Mine', fromHost: 'esx03' }), ev({ type: 'profile-attach', profile: 'Mine', target: 'esx03' }), ev({ type: 'profile-check', profile: 'Mine' })];
    const own = goal(hpDrift, fromItself, 'esx03-compliant');
    expect(own.met).toBe(false);
    expect(own.because).toMatch(/made from esx03 itself/);
    const unchecked = goal(hpDrift, hpDrift.solution.slice(0, 6), 'esx03-compliant');
    expect(unchecked.because).toMatch(/check compliance again: the board still shows esx03 Noncompliant/);
    expect(goal(hpDrift, hpDrift.solution.slice(0, 3), 'esx03-compliant').because).toMatch(/vSwitch1 MTU is 1500; the profile says 9000/);
  });

  it('hp-drift: powering web03 off instead of moving it breaks a kept goal; staying in maintenance mode another', () => {
    const route = [...hpDrift.solution.slice(0, 3), ev({ type: 'vc-vm-power', vm: 'web03', action: 'off' }), ...hpDrift.solution.slice(4, 7)];
    const goals = checkGoals(hpDrift, replaySolution({ ...hpDrift, solution: route }));
    expect(goals.find((g) => g.id === 'esx03-compliant')!.met).toBe(true);
    expect(goals.find((g) => g.id === 'web03-runs')!.because).toMatch(/web03 is powered off/);
    expect(goals.find((g) => g.id === 'esx03-in-service')!.because).toMatch(/still in maintenance mode/);
  });

  it('hp-new-host: apply is refused outside maintenance mode, and a profile on a host outside the cluster is not the goal', () => {
    const lab = replaySolution({ ...hpNewHost, solution: hpNewHost.solution.slice(0, 4) });
    expect(sim.dispatch(lab, { type: 'profile-apply', profile: 'Cluster01 baseline', host: 'esx04', values: { 'vmk1.ip': '192.168.20.14' } }).refused?.message).toMatch(/InvalidState/);
    expect(goal(hpNewHost, [], 'esx04-in-cluster').because).toMatch(/not in Cluster01 yet/);
  });

  it('patch-in-maintenance: esxupdate outside maintenance mode changes nothing; staged but not rebooted is not patched', () => {
    const refused = sim.exec(createLab('host-profiles'), 'esx02', 'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update');
    expect(refused.exitCode).toBe(1);
    expect(goal(patchInMaintenance, [on('esx02', 'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update')], 'esx02-patched').because).toMatch(/still runs 4\.1\.0-348481/);
    expect(goal(patchInMaintenance, patchInMaintenance.solution.slice(0, 3), 'esx02-patched').met).toBe(false);
    expect(goal(patchInMaintenance, patchInMaintenance.solution.slice(0, 4), 'esx02-patched').because).toMatch(/still booting/);
    const poweredOff = [ev({ type: 'vc-vm-power', vm: 'web02', action: 'off' }), ...patchInMaintenance.solution.slice(1)];
    expect(goal(patchInMaintenance, poweredOff, 'web02-runs').met).toBe(false);
    expect(goal(patchInMaintenance, poweredOff, 'esx02-patched').met).toBe(true);
  });

  it.each(VCENTER_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s: checking its goals never throws, whatever the reader does', (_id, scenario) => {
    goalsNeverThrow(scenario, ['vim-cmd hostsvc/maintenance_mode_enter', 'vim-cmd hostsvc/maintenance_mode_exit', 'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update', 'reboot', 'esxcfg-vswitch -m 1500 vSwitch1']);
  }, 60_000);
});
