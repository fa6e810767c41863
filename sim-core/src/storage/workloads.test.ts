import { describe, expect, it } from 'vitest';
import { dispatch, createLab } from '../testing/sim';
import type { LabEvent, LabState } from '../lab/types';
import { run, wait } from '../testing/lab';
import { HW_LOCKING, HW_MOVE } from './settings';
import { storageOf, withStorage } from './state';
import { deviceCounters } from './counters';
import { GB, LUN_A } from './layouts';
import { busyForMs, jobViews, stormViews, vaaiSettings } from './view';

const send = (lab: LabState, event: LabEvent) => dispatch(lab, event);
const clone: LabEvent = { type: 'storage-workload', workload: 'clone', host: 'esx01' };

describe('storage-setting: one source of truth with esxcfg-advcfg', () => {
  it('a widget toggle changes what esxcfg-advcfg -g prints, and the shell changes what the widget reads', () => {
    let lab = send(createLab('vaai-lab'), { type: 'storage-setting', host: 'esx01', name: HW_MOVE, value: 0 });
    expect(vaaiSettings(lab, 'esx01').move).toBe(false);
    expect(run(lab, `esxcfg-advcfg -g ${HW_MOVE}`).stdout).toEqual(['Value of HardwareAcceleratedMove is 0']);
    lab = run(lab, `esxcfg-advcfg -s 1 ${HW_MOVE}`).lab;
    expect(vaaiSettings(lab, 'esx01').move).toBe(true);
  });

  it('ignores a malformed or out-of-range setting, and unknown hosts', () => {
    const lab = createLab('vaai-lab');
    for (const event of [
      { type: 'storage-setting', host: 'esx01', name: HW_MOVE, value: 2 },
      { type: 'storage-setting', host: 'esx01', name: '/Net/Foo', value: 0 },
      { type: 'storage-setting', host: 'esx09', name: HW_MOVE, value: 0 },
      { type: 'storage-setting', host: 'esx01', name: HW_MOVE, value: '0' },
    ]) expect(send(lab, event as never)).toBe(lab);
  });
});

describe('widget workloads', () => {
  it('clone copies the first VM disk to a free folder on the same datastore, offloaded when full copy is on', () => {
    let lab = send(send(createLab('vaai-lab'), clone), clone);
    const [a, b] = jobViews(lab, 'esx01');
    expect(a).toMatchObject({ kind: 'copy', mode: 'xcopy', source: { datastore: 'ds-vmfs8', path: 'web01/web01.vmdk' }, target: { path: 'web01-clone-1/web01-clone-1.vmdk' } });
    expect(b!.target.path).toBe('web01-clone-2/web01-clone-2.vmdk');
    lab = wait(lab, busyForMs(lab));
    expect(jobViews(lab).every((job) => job.done)).toBe(true);
    expect(busyForMs(lab)).toBe(0);
  });

  it('with full copy off the clone goes through the host and takes five times as long', () => {
    const fast = send(createLab('vaai-lab'), clone);
    const slow = send(createLab('vaai-move-off'), clone);
    expect(busyForMs(fast)).toBe(25_600);
    expect(busyForMs(slow)).toBe(128_000);
    const done = jobViews(wait(slow, busyForMs(slow)))[0]!;
    expect(done).toMatchObject({ mode: 'software', done: true, elapsedMs: 128_000, hostIoBytes: 20 * GB, offloadedBytes: 0 });
    expect(done.reason).toMatch(/HardwareAcceleratedMove is 0/);
  });

  it('runs at the LUN\'s throughput: a slower LUN makes the same clone and disk take longer', () => {
    const slowLun = (lab: LabState, copyMBps: number, zeroMBps: number) => {
      const s = storageOf(lab)!;
      return withStorage(lab, { ...s, luns: s.luns.map((lun) => ({ ...lun, throughput: { copyMBps, zeroMBps } })) });
    };
    const halved = send(slowLun(createLab('vaai-lab'), 200, 500), clone);
    expect(busyForMs(halved)).toBe(51_200);
    expect(deviceCounters(wait(halved, 1_000), 'esx01')[LUN_A]!['MBC_RD/s']).toBe(200);
    const zero = send(slowLun(createLab('vaai-lab'), 200, 500), { type: 'storage-workload', workload: 'zero', host: 'esx01' });
    expect(busyForMs(zero)).toBe(20_480);
    // Through the host the copy is held to the slower of the host path (80 MB/s) and the LUN.
    expect(busyForMs(send(slowLun(createLab('vaai-move-off'), 40, 500), clone))).toBe(256_000);
    expect(busyForMs(send(slowLun(createLab('vaai-move-off'), 200, 500), clone))).toBe(128_000);
  });

  it('zero creates a 10 GB eagerzeroedthick disk with WRITE SAME, or a chosen size', () => {
    const lab = send(createLab('vaai-lab'), { type: 'storage-workload', workload: 'zero', host: 'esx01' });
    expect(jobViews(lab)[0]).toMatchObject({ kind: 'zero', mode: 'write-same', totalBytes: 10 * GB, target: { path: 'disk-1/disk-1.vmdk' } });
    const small = send(lab, { type: 'storage-workload', workload: 'zero', host: 'esx01', sizeGB: 2 });
    expect(jobViews(small)[1]).toMatchObject({ totalBytes: 2 * GB, target: { path: 'disk-2/disk-2.vmdk' } });
    expect(storageOf(small).datastores.find((ds) => ds.name === 'ds-vmfs8')!.files['disk-2/disk-2.vmdk']).toMatchObject({ type: 'eagerzeroedthick', complete: false });
  });

  it('busyForMs waits for a boot storm too', () => {
    let lab = createLab('vaai-boot-storm');
    for (const host of ['esx01', 'esx02', 'esx03']) lab = send(lab, { type: 'storage-setting', host, name: HW_LOCKING, value: 1 });
    lab = wait(lab, busyForMs(lab));
    expect(stormViews(lab).every((storm) => storm.done)).toBe(true);
    lab = send(lab, { type: 'storage-workload', workload: 'boot-storm' });
    expect(busyForMs(lab)).toBeGreaterThan(0);
    const after = wait(lab, busyForMs(lab));
    expect(stormViews(after).at(-1)).toMatchObject({ done: true, ats: true, poweredOn: 30 });
  });

  it('refuses a clone or a disk once the datastore is full, as vmkfstools does', () => {
    // A 480 GB thick disk leaves less than 10 GB of ds-vmfs8's 500 GB LUN free.
    const full = run(createLab('vaai-lab'), 'vmkfstools -c 480G /vmfs/volumes/ds-vmfs8/big/big.vmdk').lab;
    expect(send(full, clone)).toBe(full);
    expect(send(full, { type: 'storage-workload', workload: 'zero', host: 'esx01' })).toBe(full);
  });

  it('ignores malformed workloads', () => {
    const lab = createLab('vaai-lab');
    expect(send(lab, { type: 'storage-workload', workload: 'clone', host: 'esx09' })).toBe(lab);
    expect(send(lab, { type: 'storage-workload', workload: 'clone', host: 'esx01', datastore: 'nope' })).toBe(lab);
    expect(send(lab, { type: 'storage-workload', workload: 'mystery', host: 'esx01' } as never)).toBe(lab);
  });
});
