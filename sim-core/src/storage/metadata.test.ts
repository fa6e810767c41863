import { describe, expect, it } from 'vitest';
import { createLab } from '../testing/sim';
import { run, shell, wait } from '../testing/lab';
import { deviceCounters, lockHistory } from './counters';
import { LUN_A } from './layouts';
import { KEEP_UPDATES } from './metadata';
import { storageOf, withStorage } from './state';

const DS = '/vmfs/volumes/ds-vmfs8';
const LOCKING = '/VMFS3/HardwareAcceleratedLocking';
const row = (lab: ReturnType<typeof createLab>) => deviceCounters(lab, 'esx01')[LUN_A]!;

describe('metadata updates outside a boot storm', () => {
  it('creating a disk without ATS reserves the whole LUN: RESV/s, and a reservation in the history', () => {
    const sh = shell('vaai-lab');
    sh(`esxcfg-advcfg -s 0 ${LOCKING}`);
    for (const name of ['a', 'b']) sh(`vmkfstools -c 1G -d thin ${DS}/${name}/${name}.vmdk`);
    // At once, before the lab's clock moves (a reader typing esxtop next)...
    expect(row(sh.lab())).toMatchObject({ 'RESV/s': 0.4, ATS: 0, 'CONS/s': 0 });
    const lab = wait(sh.lab(), 1_000);
    expect(row(lab)).toMatchObject({ 'RESV/s': 0.4, ATS: 0, 'CONS/s': 0 });
    expect(lockHistory(lab, 'esx01', LUN_A).reduce((n, sample) => n + sample.resv, 0)).toBe(2);
    expect(run(lab, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: unknown');
    // Five seconds on, the rate has gone.
    expect(row(wait(lab, 3_000))['RESV/s']).toBe(0.4);
    expect(row(wait(lab, 5_000))['RESV/s']).toBe(0);
  });

  it('with ATS, each create is one ATS on the lock record and no reservation; clones and zeroed disks count too', () => {
    const sh = shell('vaai-lab');
    sh(`vmkfstools -c 1G ${DS}/a/a.vmdk`);
    sh(`vmkfstools -c 1G -d eagerzeroedthick ${DS}/z/z.vmdk`);
    sh(`vmkfstools -i ${DS}/web01/web01.vmdk ${DS}/c/c.vmdk`);
    const lab = wait(sh.lab(), 1_000);
    expect(row(lab)).toMatchObject({ ATS: 3, 'RESV/s': 0, ATSF: 0 });
    expect(run(lab, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: supported');
  });

  it('a LUN without ATS falls back to a reservation and reports VAAI Status not supported', () => {
    const lab = createLab('vaai-lab');
    const s = storageOf(lab)!;
    const noAts = withStorage(lab, { ...s, luns: s.luns.map((lun) => ({ ...lun, vaai: { ...lun.vaai, ats: false } })) });
    const after = wait(run(noAts, `vmkfstools -c 1G ${DS}/a/a.vmdk`).lab, 1_000);
    expect(row(after)).toMatchObject({ ATS: 0, 'RESV/s': 0.2 });
    expect(run(after, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: not supported');
  });

  it('remembers only the newest few', () => {
    const sh = shell('vaai-lab');
    for (let i = 0; i < KEEP_UPDATES + 3; i++) sh(`vmkfstools -c 1M -d thin ${DS}/d${i}/d${i}.vmdk`);
    expect(sh.lab().storage!.updates).toHaveLength(KEEP_UPDATES);
  });
});
