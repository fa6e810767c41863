import { describe, expect, it } from 'vitest';
import { checkGoals } from '.';
import { goalsNeverThrow } from '../testing/goal-properties';
import { run } from '../testing/lab';
import { createLab, dispatch, replaySolution, scenarioById } from '../testing/sim';
import { meetTheHypervisor } from './basics';

const answer = (question: string, value: string) => ({ type: 'answer' as const, question, value });
const unmetIds = (lab: Parameters<typeof checkGoals>[1]) => checkGoals(meetTheHypervisor, lab).filter((goal) => !goal.met).map((goal) => goal.id);

describe('meet the hypervisor', () => {
  it('is registered, starts with both goals unmet, and its solution meets them', () => {
    expect(scenarioById('meet-the-hypervisor')).toBe(meetTheHypervisor);
    expect(unmetIds(createLab('fresh-install'))).toEqual(['release', 'datastore-fs']);
    expect(unmetIds(replaySolution(meetTheHypervisor))).toEqual([]);
  });

  it('the shell shows what the answers claim: GA in vmware -lv, VMFS-3 in df -h', () => {
    const lab = createLab('fresh-install');
    expect(run(lab, 'vmware -lv').text).toContain('VMware ESXi 4.1.0 GA');
    expect(run(lab, 'df -h').text).toMatch(/^VMFS-3 /m);
  });

  it('rejects a wrong release, and says so', () => {
    const lab = dispatch(createLab('fresh-install'), answer('release', '4.1.0-348481'));
    const goal = checkGoals(meetTheHypervisor, lab).find((candidate) => candidate.id === 'release')!;
    expect(goal.met).toBe(false);
    expect(goal.because).toMatch(/not what esx01 says/);
  });

  it('reads the release from the lab: after an upgrade to Update 1 is installed and booted, Update 1 is right and GA wrong', () => {
    const upgraded = createLab('after-upgrade');
    const scenario = { ...meetTheHypervisor, preset: 'after-upgrade' };
    const release = (lab: typeof upgraded) => checkGoals(scenario, lab).find((goal) => goal.id === 'release')!.met;
    expect(release(dispatch(upgraded, answer('release', '4.1.0-260247')))).toBe(false);
    expect(release(dispatch(upgraded, answer('release', '4.1.0-348481')))).toBe(true);
  });

  it('the boot banks are vfat, not the datastore\'s file system', () => {
    const lab = dispatch(createLab('fresh-install'), answer('datastore-fs', 'vfat'));
    expect(unmetIds(lab)).toContain('datastore-fs');
  });

  it('checking its goals never throws, whatever the reader does', () => {
    goalsNeverThrow(meetTheHypervisor, ['vmware -lv', 'ls -l /vmfs/volumes', 'df -h', 'reboot']);
  });
});
