import { describe, expect, it } from 'vitest';
import { createLab } from '../testing/sim';
import { naaSample, run, wait } from '../testing/lab';
import { startBootStorm, stormCounts } from './boot-storm';
import { HISTORY_SECONDS, INTERVAL_SECONDS, deviceCounters, lockHistory } from './counters';
import { LUN_C } from './layouts';
import { storageOf } from './state';

const esxtopRow = (lab: ReturnType<typeof createLab>, host: string) => naaSample(lab, host);

describe('reservation and ATS counters', () => {
  it('RESV/s and CONS/s are the last interval of what each host did, as esxtop prints them', () => {
    const lab = createLab('vaai-boot-storm');
    const storm = storageOf(lab)!.storms![0]!;
    const now = Math.floor(lab.clock.nowMs / 1000);
    for (const host of ['esx01', 'esx02', 'esx03']) {
      const recent = stormCounts(storm, host, now - INTERVAL_SECONDS, now);
      const row = esxtopRow(lab, host);
      expect(row['RESV/s']).toBeCloseTo(recent.resv / INTERVAL_SECONDS, 2);
      expect(row['CONS/s']).toBeCloseTo(recent.cons / INTERVAL_SECONDS, 2);
      expect(row['CONS/s']).toBeGreaterThan(0);
    }
  });

  it('rates fall to zero once a storm is over; ATS counts one command per power-on and stays', () => {
    let lab = createLab('vaai-boot-storm');
    for (const host of ['esx01', 'esx02', 'esx03']) lab = run(lab, 'esxcfg-advcfg -s 1 /VMFS3/HardwareAcceleratedLocking', host).lab;
    lab = wait(lab, 20_000);
    expect(deviceCounters(lab, 'esx01')[LUN_C]).toMatchObject({ 'RESV/s': 0, 'CONS/s': 0, ATS: 0 });
    lab = wait(startBootStorm(lab, { datastore: 'ds-shared' }).lab, 30_000);
    expect(deviceCounters(lab, 'esx02')[LUN_C]).toMatchObject({ ATS: 10, ATSF: 0, 'RESV/s': 0, 'CONS/s': 0 });
    expect(esxtopRow(lab, 'esx02').ATS).toBe(10);
  });

  it('keeps a per-second history of the last minute that adds up to the storm', () => {
    const lab = wait(createLab('vaai-boot-storm'), 10_000);
    const history = lockHistory(lab, 'esx02', LUN_C);
    expect(history).toHaveLength(HISTORY_SECONDS);
    expect(history.at(-1)!.atMs).toBe(Math.floor(lab.clock.nowMs / 1000) * 1000 - 1000);
    const storm = storageOf(lab)!.storms![0]!;
    const sum = history.reduce((total, s) => total + s.cons, 0);
    expect(sum).toBe(stormCounts(storm, 'esx02', -Infinity, Infinity).cons);
    expect(lockHistory(lab, 'esx02', 'naa.none', 5).every((s) => s.cons === 0)).toBe(true);
  });
});

