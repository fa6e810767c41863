import { describe, expect, it } from 'vitest';
import { createLab, exec, sim } from '../testing/sim';
import { naaSample } from '../testing/lab';

/** Ticks a second at a time until the lab is no longer busy (at most `limitS` seconds); returns the seconds taken. */
function settle(lab: ReturnType<typeof createLab>, limitS = 3_600): { lab: ReturnType<typeof createLab>; seconds: number } {
  let seconds = 0;
  while (sim.busy(lab) && seconds < limitS) {
    lab = sim.tick(lab, 1_000);
    seconds++;
  }
  return { lab, seconds };
}

describe('time runs where work runs: the sim says when a lab needs its clock', () => {
  it('a lab at rest needs no clock', () => {
    for (const preset of ['fresh-install', 'after-upgrade', 'managed-host', 'network-lab', 'vaai-lab']) expect(sim.busy(createLab(preset)), preset).toBe(false);
  });

  it('a boot is work until the host runs again', () => {
    const rebooting = exec(createLab('after-upgrade'), 'esx01', 'reboot').lab;
    expect(sim.busy(rebooting)).toBe(true);
    const done = settle(rebooting);
    expect(done.lab.hosts.esx01!.console.screen).toBe('running');
    expect(done.seconds).toBeGreaterThan(5);
  });

  it('a clone typed in a terminal is work until it completes, whatever widget is on the page', () => {
    const cloning = exec(createLab('vaai-move-off'), 'esx01', 'vmkfstools -i /vmfs/volumes/ds-vmfs8/web01/web01.vmdk /vmfs/volumes/ds-vmfs8/c/c.vmdk').lab;
    expect(sim.busy(cloning)).toBe(true);
    const done = settle(cloning);
    expect(done.lab.storage.jobs.every((job) => job.mover.done)).toBe(true);
    expect(sim.busy(done.lab)).toBe(false);
  });

  it('a boot storm is work until its VMs are on and esxtop\'s rates have fallen back', () => {
    const storm = createLab('vaai-boot-storm');
    expect(sim.busy(storm)).toBe(true);
    const done = settle(storm);
    expect(done.seconds).toBeGreaterThan(5);
    expect(naaSample(done.lab)).toMatchObject({ 'RESV/s': 0, 'CONS/s': 0 });
  });

  it('traffic on a dvSwitch and a Tech Support Mode timeout keep the clock going', () => {
    expect(sim.busy(createLab('dvswitch-lab'))).toBe(true);
    const press = (lab: ReturnType<typeof createLab>, key: string) => sim.dispatch(lab, { type: 'dcui-key', host: 'esx01', key: key as 'F2' }).lab;
    let lab = createLab('standalone-host');
    for (const key of ['F2', 'Enter', ...Array(9).fill('Down'), 'Enter', 'Down', 'Down', 'Enter']) lab = press(lab, key);
    expect(lab.hosts.esx01!.services.tsm.timeoutMinutes).toBeGreaterThan(0);
    expect(sim.busy(lab)).toBe(true);
  });
});
