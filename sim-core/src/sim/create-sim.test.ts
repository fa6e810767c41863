import { describe, expect, it } from 'vitest';
import { KIT_SHAPES } from '../kits/shapes';
import { baseKit } from '../kits/base';
import { networkKit } from '../network/kit';
import { servicesKit } from '../services/kit';
import { commands as servicesCommands } from '../kits/services-commands';
import { commands as baseCommands, interpreter } from '../kits/base-commands';
import { createSim } from './create-sim';
import type { KitShape } from './kit';

const shapes = KIT_SHAPES;
/** The kits a page starts with: the base kit and every other kit's shape. */
const pageStart = (...loaded: KitShape[]) => createSim([loaded.find((kit) => kit.id === 'base') ?? baseKit, ...shapes.map((shape) => loaded.find((kit) => kit.id === shape.id) ?? shape)]);

describe('createSim', () => {
  it('needs every kit exactly once, the base kit with its code', () => {
    expect(() => createSim([baseKit])).toThrow(/missing: services, network, storage/);
    expect(() => createSim([baseKit, ...shapes, ...shapes])).toThrow(/each kit once/);
    expect(pageStart().loaded).toEqual(['base']);
  });

  it('builds whole hosts from the kits\' shapes alone: a page without the network kit\'s code still has vSwitch0 and vmk0', () => {
    const lab = pageStart().createLab('after-upgrade');
    expect(lab.hosts.esx01!.network.vswitches.map((sw) => sw.name)).toEqual(['vSwitch0']);
    expect(lab.hosts.esx01!.services.running.hostd).toBe(true);
    expect(lab.storage.datastores.map((ds) => ds.name)).toEqual(['datastore1']);
  });

  it('knows a command of a kit whose code is not loaded, and asks for that kit instead of answering', () => {
    const lab = pageStart().createLab('after-upgrade');
    // A page fetches even the shell and the busybox commands when the first line is typed; until then a line changes nothing.
    const unanswered = pageStart().exec(lab, 'esx01', 'cd /tmp');
    expect(unanswered.needs).toEqual(['base']);
    expect(unanswered.lab).toBe(lab);
    const base = { ...baseKit, commands: baseCommands, interpreter };
    const sim = pageStart(base);
    const ps = sim.exec(lab, 'esx01', 'echo before; ps | grep hostd');
    expect(ps.needs).toEqual(['services']);
    expect(sim.exec(lab, 'esx01', 'help ps').needs).toEqual(['services']);
    expect(sim.exec(lab, 'esx01', 'ls /').needs).toEqual([]);
    // With the kit's engine but not its commands, a command still asks; with both, it answers.
    expect(pageStart(servicesKit, base).exec(lab, 'esx01', 'ps').needs).toEqual(['services']);
    const answered = pageStart({ ...servicesKit, commands: servicesCommands }, base).exec(lab, 'esx01', 'ps');
    expect(answered.needs).toEqual([]);
    expect(answered.output[0]!.text).toMatch(/^WID +CID +World Name$/);
  });

  it('refuses events of a kit whose code is not loaded, and events nobody knows, prototype names included', () => {
    const sim = pageStart();
    const lab = sim.createLab('after-upgrade');
    expect(sim.dispatch(lab, { type: 'nioc-enabled', enabled: true }).refused?.code).toBe('not-loaded');
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope']) expect(sim.dispatch(lab, { type }).refused?.code, type).toBe('unknown-event');
    for (const event of [null, 42, 'tick', [], {}, { type: 7 }]) expect(sim.dispatch(lab, event).refused?.code).toBe('malformed');
    expect(pageStart(networkKit).dispatch(lab, { type: 'nioc-enabled', enabled: true }).refused).toEqual({ code: 'invalid', message: 'This lab has no distributed switch: vCenter has nothing to change.' });
  });

  it('offers only the presets of kits whose code is loaded, and says which kits a preset needs', () => {
    expect(pageStart().presetInfo('dvswitch-lab')).toBeUndefined();
    expect(() => pageStart().createLab('dvswitch-lab')).toThrow(/Unknown lab preset/);
    const sim = pageStart(networkKit);
    expect(sim.kitsOfPreset('vmotion-starves')).toEqual(['network']);
    expect(Object.keys(sim.createLab('dvswitch-lab').hosts)).toEqual(['esx01', 'esx02']);
  });
});
