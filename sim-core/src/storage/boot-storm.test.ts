import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, createLab } from '../testing/sim';
import type { LabState } from '../lab/types';
import { naaSample, run, wait } from '../testing/lab';
import { STORM, startBootStorm, stormCounts, stormOutcome } from './boot-storm';
import { HW_LOCKING } from './settings';
import { setHostSetting, storageOf, withStorage } from './state';
import { stormViews } from './view';

const HOSTS = ['esx01', 'esx02', 'esx03'];
const LOCKING = `esxcfg-advcfg -s 1 ${HW_LOCKING}`;

/** The boot-storm lab before its own storm, with locking set on every host. */
function quietLab(locking: 0 | 1): LabState {
  let lab = createLab('vaai-boot-storm');
  lab = withStorage(lab, { ...storageOf(lab)!, storms: [] });
  for (const host of HOSTS) {
    const set = setHostSetting(lab, host, HW_LOCKING, locking);
    if (set.ok) lab = set.lab;
  }
  return lab;
}

const storm = (lab: LabState) => dispatch(lab, { type: 'storage-workload', workload: 'boot-storm', datastore: 'ds-shared' });
const latest = (lab: LabState) => stormViews(lab).at(-1)!;

describe('boot storm locking', () => {
  it('without ATS every power-on reserves the LUN and the other hosts meet conflicts', () => {
    const view = latest(wait(storm(quietLab(0)), 20_000));
    expect(view.ats).toBe(false);
    expect(view.reason).toMatch(/HardwareAcceleratedLocking is 0 on esx01, esx02, esx03/);
    for (const host of HOSTS) {
      expect(view.totals[host]!.resv).toBe(STORM.vmsPerHost);
      expect(view.totals[host]!.cons).toBeGreaterThan(0);
      expect(view.totals[host]!.ats).toBe(0);
    }
  });

  it('with ATS only lock records are touched: one ATS per power-on, no reservations, no conflicts', () => {
    const view = latest(wait(storm(quietLab(1)), 20_000));
    expect(view.ats).toBe(true);
    for (const host of HOSTS) expect(view.totals[host]).toEqual({ resv: 0, cons: 0, ats: STORM.vmsPerHost, atsf: 0 });
  });

  it('takes far longer without ATS: power-ons queue behind one LUN-wide lock', () => {
    const slow = latest(wait(storm(quietLab(0)), 20_000));
    const fast = latest(wait(storm(quietLab(1)), 20_000));
    expect([slow.done, fast.done]).toEqual([true, true]);
    // With ATS each host's last VM is asked for last and needs one metadata update.
    expect(fast.elapsedMs).toBe((STORM.vmsPerHost - 1) * STORM.staggerMs + STORM.metadataMs);
    // Without, the 30 updates run one after the other.
    expect(slow.elapsedMs).toBeGreaterThanOrEqual(30 * STORM.metadataMs);
    expect(slow.meanPowerOnMs).toBeGreaterThan(10 * fast.meanPowerOnMs);
  });

  it('one host left without ATS keeps the whole LUN on reservations', () => {
    const lab = run(quietLab(0), LOCKING).lab;
    expect(latest(storm(run(lab, LOCKING, 'esx02').lab)).reason).toMatch(/is 0 on esx03,/);
  });

  it('an array without ATS falls back to reservations and reports VAAI Status not supported', () => {
    const lab = quietLab(1);
    const s = storageOf(lab)!;
    const noAts = withStorage(lab, { ...s, luns: s.luns.map((lun) => ({ ...lun, vaai: { ...lun.vaai, ats: false } })) });
    const started = storm(noAts);
    expect(latest(started).reason).toMatch(/array does not support ATS/);
    expect(run(started, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: not supported');
    expect(run(storm(lab), 'esxcli corestorage device list').stdout).toContain('   VAAI Status: supported');
  });

  it('is decided when it starts, and refuses requests that name nothing real', () => {
    const started = storm(quietLab(0));
    const changed = run(started, LOCKING).lab;
    expect(latest(changed).ats).toBe(false);
    const lab = quietLab(1);
    expect(startBootStorm(lab, { datastore: 'nope' })).toEqual({ lab, refused: { code: 'invalid', message: 'This host sees no datastore named nope.' } });
    expect(startBootStorm(lab, { hosts: ['esx09'] })).toMatchObject({ lab, refused: { code: 'invalid' } });
    expect(startBootStorm(lab, { datastore: 42 })).toMatchObject({ lab, refused: { code: 'malformed' } });
    expect(latest(startBootStorm(lab, { vmsPerHost: 1000, hosts: ['esx01'] }).lab).vmCount).toBe(STORM.maxVmsPerHost);
    expect(latest(startBootStorm(lab, { vmsPerHost: Number.NaN }).lab).vmCount).toBe(3 * STORM.vmsPerHost);
    const malformed = { type: 'storage-workload', workload: 'boot-storm', hosts: 'esx01', vmsPerHost: '5' } as never;
    expect(latest(dispatch(lab, malformed)).vmCount).toBe(3 * STORM.vmsPerHost);
  });

  it('the preset is mid-storm: some VMs are on, and esxtop shows reservations and conflicts', () => {
    const lab = createLab('vaai-boot-storm');
    const view = latest(lab);
    expect(view.poweredOn).toBeGreaterThan(0);
    expect(view.poweredOn).toBeLessThan(view.vmCount);
    const row = naaSample(lab);
    expect(row['RESV/s']).toBeGreaterThan(0);
    expect(row['CONS/s']).toBeGreaterThan(0);
  });
});

describe('boot storm properties', () => {
  const arbitraryStorm = fc.record({
    hosts: fc.integer({ min: 1, max: 3 }),
    vms: fc.integer({ min: 1, max: 12 }),
    ats: fc.boolean(),
    offsetMs: fc.integer({ min: 0, max: 999 }),
  });

  it('no host ever reserves or conflicts with ATS; without it no two hosts hold the LUN at once; per-second counts add up', () => {
    fc.assert(
      fc.property(arbitraryStorm, ({ hosts, vms, ats, offsetMs }) => {
        const names = HOSTS.slice(0, hosts);
        const s = { id: 1, datastore: 'ds-shared', lun: 'lun', startedMs: 1_000_000 + offsetMs, vms: Object.fromEntries(names.map((h) => [h, vms])), ats, reason: null };
        const outcome = stormOutcome(s);
        for (const host of names) {
          const totals = outcome.report.hosts[host]!.totals;
          if (ats) expect([totals.resv, totals.cons]).toEqual([0, 0]);
          expect(stormCounts(s, host, -Infinity, Infinity)).toEqual(totals);
        }
        for (const vm of outcome.vms) expect(vm.poweredOnMs).toBeGreaterThanOrEqual(vm.requestedMs + STORM.metadataMs);
        if (!ats) {
          const holds = [...outcome.report.holds].sort((a, b) => a.startMs - b.startMs);
          holds.slice(1).forEach((hold, i) => expect(hold.startMs).toBeGreaterThanOrEqual(holds[i]!.endMs));
        }
      }),
      { numRuns: 60 },
    );
  });
});
