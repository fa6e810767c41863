import { describe, expect, it } from 'vitest';
import { checkGoals } from '.';
import { HOSTD_STATS_DIR } from '../services/presets';
import { goalsNeverThrow } from '../testing/goal-properties';
import { run } from '../testing/lab';
import { createLab, exec, replaySolution, scenarioById } from '../testing/sim';
import type { LabState } from '../lab/types';
import { hostdStatsFull } from './services';

const typed = (lab: LabState, ...lines: string[]) => lines.reduce((next, line) => exec(next, 'esx01', line).lab, lab);
const goal = (lab: LabState, id: string) => checkGoals(hostdStatsFull, lab).find((candidate) => candidate.id === id)!;

describe('hostd failed on a full hostdstats ramdisk', () => {
  it('is registered, starts with both goals unmet, and its solution meets them', () => {
    expect(scenarioById('hostdstats-full')).toBe(hostdStatsFull);
    const start = createLab('hostdstats-full');
    expect(goal(start, 'stats-cleared').because).toMatch(/hostdstats is 100% full/);
    expect(goal(start, 'vsphere-client').met).toBe(false);
    expect(checkGoals(hostdStatsFull, replaySolution(hostdStatsFull)).filter((candidate) => !candidate.met)).toEqual([]);
  });

  it('the lab shows the failure: vdf -h at 100%, hostd not running', () => {
    const lab = createLab('hostdstats-full');
    expect(run(lab, 'vdf -h').text).toMatch(/^hostdstats\s+166M\s+166M\s+0B 100% --$/m);
    expect(run(lab, '/etc/init.d/hostd status').text).toMatch(/not running/);
  });

  it('starting hostd without making room meets only the connection goal', () => {
    const lab = typed(createLab('hostdstats-full'), '/etc/init.d/hostd start');
    expect(goal(lab, 'vsphere-client').met).toBe(true);
    expect(goal(lab, 'stats-cleared').met).toBe(false);
  });

  it('clearing the stats without restarting hostd meets only the ramdisk goal', () => {
    const lab = typed(createLab('hostdstats-full'), `rm ${HOSTD_STATS_DIR}/*`);
    expect(goal(lab, 'stats-cleared').met).toBe(true);
    expect(goal(lab, 'vsphere-client').because).toMatch(/Restart the management agents/);
    expect(run(lab, 'vdf -h').text).toMatch(/^hostdstats\s+166M\s+41M\s+125M\s+25% --$/m);
  });

  it('removing the whole stats folder counts as clearing it too', () => {
    const lab = typed(createLab('hostdstats-full'), `rm -r ${HOSTD_STATS_DIR}`, 'services.sh restart');
    expect(checkGoals(hostdStatsFull, lab).every((candidate) => candidate.met)).toBe(true);
  });

  it('checking its goals never throws, whatever the reader does', () => {
    goalsNeverThrow(hostdStatsFull, ['vdf -h', `rm ${HOSTD_STATS_DIR}/*`, `rm -r ${HOSTD_STATS_DIR}`, `ls -l ${HOSTD_STATS_DIR}`, 'services.sh restart', '/etc/init.d/hostd start']);
  });
});
