/**
 * Properties of host profiles, for any lab a reader can reach: compliance is a pure function of
 * the profile and the host; applying then checking is Compliant; apply never changes a host
 * outside maintenance mode when the change needs it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabState } from '../../lab/types';
import { anyStep, applyAny, type Step } from '../../testing/arbitrary';
import { createLab, sim } from '../../testing/sim';
import { reachStatus } from '../inventory';
import { setMaintenance } from '../maintenance';
import { powerVm } from '../power';
import type { HostCompliance } from '../types';
import { poweredOnVms } from '../vms';
import { applyPlan } from './apply';
import { checkCompliance, profileNamed } from './compliance';

const HOSTS = ['esx01', 'esx02', 'esx03', 'esx04', 'esx05'];
const START = createLab('host-profiles');
/** Lines that change what a profile holds, so drift is common among the random steps. */
const DRIFT = ['esxcfg-vswitch -m 1500 vSwitch1', 'esxcfg-vswitch -m 9000 vSwitch1', 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedMove', 'esxcfg-advcfg -s 0 /VMFS3/HardwareAcceleratedLocking',
  'vim-cmd hostsvc/start_remote_tsm', 'esxcfg-vswitch -A NFS vSwitch1', 'esxcfg-vswitch -v 30 -p vMotion vSwitch1', 'esxcfg-vmknic -m 1500 vMotion', 'esxcfg-vswitch -U vmnic3 vSwitch1',
  'esxcfg-vswitch -a vSwitch2', 'esxcfg-vswitch -L vmnic3 vSwitch2', 'esxcfg-vmknic -d vMotion', 'vim-cmd hostsvc/vmotion/vnic_unset', 'esxcfg-vswitch -d vSwitch1'];
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: anyStep(HOSTS) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('exec' as const), host: fc.constantFrom(...HOSTS), line: fc.constantFrom(...DRIFT) }) },
);
const steps = fc.array(step, { maxLength: 10 });

/** The lab after the steps, with a profile made from esx01 (if vCenter reaches it) attached to Cluster01 and the hosts' own attachment. */
function withProfile(lab: LabState): LabState {
  const events = [{ type: 'profile-create', name: 'P', fromHost: 'esx01' }, { type: 'profile-attach', profile: 'P', target: 'Cluster01' }, { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' }];
  return events.reduce((next, event) => sim.dispatch(next, event).lab, lab);
}

const withoutTime = (result: HostCompliance) => ({ ...result, checkedAtMs: 0 });

describe('host profile properties', () => {
  it('compliance is a pure function of the profile and the host: same inputs, same result; other hosts\' changes change nothing', () => {
    fc.assert(fc.property(steps, fc.constantFrom('esx02', 'esx03', 'esx04'), fc.array(fc.constantFrom(...DRIFT), { minLength: 1, maxLength: 4 }), (before, hostId, elsewhere) => {
      const lab = withProfile(before.reduce(applyAny, START));
      const profile = profileNamed(lab, 'P');
      fc.pre(profile !== undefined);
      const host = lab.hosts[hostId]!;
      const first = checkCompliance(profile!, host, lab);
      expect(checkCompliance(structuredClone(profile!), structuredClone(host), structuredClone(lab))).toEqual(first);
      expect(checkCompliance(profile!, host)).toEqual(checkCompliance(profile!, host));
      // Lines typed on the other hosts leave this host, its profile and vCenter's view of it alone.
      const others = HOSTS.filter((id) => id !== hostId && id !== 'esx01');
      const changed = elsewhere.reduce((next, line, i) => sim.exec(next, others[i % others.length]!, line).lab, lab);
      expect(withoutTime(checkCompliance(profile!, changed.hosts[hostId]!, changed))).toEqual(withoutTime(first));
    }), { numRuns: 25 });
  }, 120_000);

  it('applying then checking is Compliant, for any host reached by random steps, in maintenance mode, with the wizard\'s values', () => {
    let applied = 0;
    let changed = 0;
    fc.assert(fc.property(steps, fc.constantFrom('esx02', 'esx03', 'esx04'), (before, hostId) => {
      let lab = withProfile(before.reduce(applyAny, START));
      const profile = profileNamed(lab, 'P');
      fc.pre(profile !== undefined && reachStatus(lab, hostId) === 'connected');
      for (const vm of poweredOnVms(lab, hostId)) {
        const off = powerVm(lab, vm.id, false);
        if (off.ok) lab = off.lab;
      }
      if (!lab.hosts[hostId]!.services.maintenanceMode) {
        const entered = setMaintenance(lab, hostId, true);
        expect(entered.ok).toBe(true);
        if (entered.ok) lab = entered.lab;
      }
      const plan = applyPlan(lab, 'P', hostId);
      fc.pre(plan.blockedBecause === null);
      if (plan.changes.length > 0) changed++;
      const values = Object.fromEntries(plan.asks.map((ask) => [ask.key, ask.suggested]));
      const outcome = sim.dispatch(lab, { type: 'profile-apply', profile: 'P', host: hostId, values });
      expect(outcome.refused).toBeUndefined();
      expect(checkCompliance(profile!, outcome.lab.hosts[hostId]!, outcome.lab).cells.filter((cell) => cell.state !== 'Compliant')).toEqual([]);
      expect(sim.validate(outcome.lab)).toEqual([]);
      applied++;
    }), { numRuns: 30 });
    expect(applied).toBeGreaterThan(10);
    expect(changed).toBeGreaterThan(5);
  }, 120_000);

  it('apply never changes a host outside maintenance mode when a change needs it', () => {
    let refusedCount = 0;
    fc.assert(fc.property(steps, fc.constantFrom('esx02', 'esx03', 'esx04', 'esx05'), (before, hostId) => {
      const lab = withProfile(before.reduce(applyAny, START));
      fc.pre(profileNamed(lab, 'P') !== undefined && !lab.hosts[hostId]!.services.maintenanceMode);
      const plan = applyPlan(lab, 'P', hostId);
      fc.pre(plan.needsMaintenance || plan.blockedBecause !== null);
      const values = Object.fromEntries(plan.asks.map((ask) => [ask.key, ask.suggested]));
      const outcome = sim.dispatch(lab, { type: 'profile-apply', profile: 'P', host: hostId, values });
      expect(outcome.refused?.code).toBe('invalid');
      expect(outcome.lab).toBe(lab);
      refusedCount++;
    }), { numRuns: 30 });
    expect(refusedCount).toBeGreaterThan(10);
  }, 120_000);
});
