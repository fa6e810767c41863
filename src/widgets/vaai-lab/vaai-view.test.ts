import { describe, expect, it } from 'vitest';
import { type LabEvent, type LabState } from '#sim-core';
import { createLab, dispatch, exec } from '#sim-core/testing';
import { busyForMs } from '#sim-core/storage';
import { actionLabels, announcement, formatBytes, formatSeconds, jobRows, settingRows, stormLines } from './vaai-view';

const send = (lab: LabState, event: LabEvent) => dispatch(lab, event);
const finish = (lab: LabState) => send(lab, { type: 'tick', ms: busyForMs(lab) });
const clone: LabEvent = { type: 'storage-workload', workload: 'clone', host: 'esx01' };

describe('VAAI lab view', () => {
  it('formats sizes and times', () => {
    expect([formatBytes(0), formatBytes(65_536), formatBytes(512 * 1024 * 1024), formatBytes(20 * 1024 ** 3)]).toEqual(['0 B', '64 KB', '512 MB', '20.0 GB']);
    expect(formatSeconds(25_600)).toBe('25.6 s');
  });

  it('settings rows follow the shell: the host three, and every other host ATS in a shared-LUN lab', () => {
    const lab = exec(createLab('vaai-lab'), 'esx01', 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedMove').lab;
    const rows = settingRows(lab, 'esx01');
    expect(rows.map((row) => [row.label, row.on, row.value])).toEqual([
      ['Full copy (XCOPY), esx01', false, '0 (off)'],
      ['Block zeroing (WRITE SAME), esx01', true, '1 (on)'],
      ['Hardware-assisted locking (ATS), esx01', true, '1 (on)'],
    ]);
    const storm = settingRows(createLab('vaai-boot-storm'), 'esx01');
    expect(storm.map((row) => row.key)).toEqual(['move-esx01', 'init-esx01', 'locking-esx01', 'locking-esx02', 'locking-esx03']);
    expect(storm.filter((row) => row.primitive === 'locking').every((row) => !row.on)).toBe(true);
  });

  it('names the buttons after the lab', () => {
    expect(actionLabels(createLab('vaai-lab'), 'esx01')).toEqual({ clone: 'Clone web01 (10.0 GB)', zero: 'Create a 10.0 GB eagerzeroedthick disk', storm: 'Start a boot storm (10 VMs on 1 host)' });
    expect(actionLabels(createLab('vaai-boot-storm'), 'esx01').storm).toBe('Start a boot storm (30 VMs on 3 hosts)');
  });

  it('a job row shows bytes through the host against bytes inside the array, the time and the fallback reason', () => {
    const fast = jobRows(finish(send(createLab('vaai-lab'), clone)), 'esx01')[0]!;
    expect(fast).toMatchObject({ title: 'Job 1: clone web01.vmdk to ds-vmfs8/web01-clone-1', mode: 'xcopy', percent: 100, time: 'Took 25.6 s', bytes: 'Through the host: 0 B · inside the array: 10.0 GB', note: '' });
    const slowLab = send(createLab('vaai-move-off'), clone);
    const running = jobRows(send(slowLab, { type: 'tick', ms: 64_000 }), 'esx01')[0]!;
    expect(running).toMatchObject({ mode: 'software', percent: 50, time: 'Running for 64.0 s', bytes: 'Through the host: 10.0 GB · inside the array: 0 B', done: false });
    expect(running.note).toMatch(/^Not offloaded: \/DataMover\/HardwareAcceleratedMove is 0/);
    expect(announcement(slowLab, 'esx01')).toBe('Job 1: clone web01.vmdk to ds-vmfs8/web01-clone-1 started.');
    expect(announcement(finish(slowLab), 'esx01')).toBe('Job 1: clone web01.vmdk to ds-vmfs8/web01-clone-1 finished in 128.0 s; 20.0 GB through the host.');
  });

  it('lists the newest job first, zeroing included', () => {
    const lab = send(send(createLab('vaai-lab'), clone), { type: 'storage-workload', workload: 'zero', host: 'esx01' });
    expect(jobRows(lab, 'esx01').map((row) => row.title)).toEqual(['Job 2: create disk-1.vmdk (10.0 GB, eagerzeroedthick)', 'Job 1: clone web01.vmdk to ds-vmfs8/web01-clone-1']);
    expect(jobRows(lab, 'esx01')[0]!.modeText).toBe('offloaded to the array: block zeroing (WRITE SAME)');
  });

  it('the storm lines say how many VMs are on, the mean wait and whether ATS was used', () => {
    expect(stormLines(createLab('vaai-lab'))).toEqual([]);
    const slow = finish(createLab('vaai-boot-storm'));
    expect(stormLines(slow)[0]).toBe('Boot storm 1 on ds-shared: 30 of 30 VMs powered on in 7.8 s');
    // The preset's storm is under way: conflicts per second, summed over the three hosts.
    expect(stormLines(createLab('vaai-boot-storm'))[4]).toMatch(/^Reservation conflicts per second in this storm, all hosts, last 5 s: [1-9]\d*\.\d\d$/);
    expect(stormLines(slow)[2]).toMatch(/^Locking: no ATS, SCSI reservations on the whole LUN\. \/VMFS3\/HardwareAcceleratedLocking is 0 on esx01, esx02, esx03/);
    let lab = slow;
    for (const host of ['esx01', 'esx02', 'esx03']) lab = send(lab, { type: 'storage-setting', host, name: '/VMFS3/HardwareAcceleratedLocking', value: 1 });
    lab = finish(send(lab, { type: 'storage-workload', workload: 'boot-storm' }));
    expect(stormLines(lab)).toEqual([
      'Boot storm 2 on ds-shared: 30 of 30 VMs powered on in 2.0 s',
      'Mean wait for a power-on: 0.3 s',
      'Locking: ATS used (only each lock record was locked)',
      'All hosts: 0 reservations, 0 reservation conflicts, 30 ATS, 0 ATSF',
      'Reservation conflicts per second in this storm, all hosts, last 5 s: 0.00',
    ]);
    expect(announcement(lab, 'esx01')).toBe('Boot storm 2 finished in 2.0 s.');
  });
});
