import { describe, expect, it } from 'vitest';
import { createLab, sim } from '#sim-core/testing';
import { complete } from '#sim-core/complete';
import { tabStep, type TabMemory } from './tab-step';

const host = createLab('after-upgrade').hosts.esx01!;

/** Presses Tab as often as given on a line, as the command box does: returns each Tab's action and the line left. */
function press(start: string, tabs: number, afterEscape = false) {
  let line = start;
  let memory: TabMemory = null;
  const actions: string[] = [];
  for (let n = 0; n < tabs; n++) {
    const done = complete(host, line, line.length, sim.commandNames());
    const step = tabStep(memory, afterEscape && n === 0, line, line.length, done);
    actions.push(step.action);
    memory = step.memory;
    if (step.action === 'write') line = done.line;
    if (step.action === 'leave') break;
  }
  return { actions, line };
}

describe('what Tab does in the command box', () => {
  it('completes a unique command, then works on the next word', () => {
    expect(press('esxcfg-vs', 1)).toEqual({ actions: ['write'], line: 'esxcfg-vswitch ' });
    expect(press('ls /etc/vmw', 1)).toEqual({ actions: ['write'], line: 'ls /etc/vmware/' });
  });

  it('lists several matches on the second Tab, as ash does, and moves on at the third', () => {
    expect(press('esxcfg-v', 3).actions).toEqual(['hint', 'list', 'leave']);
    // A first Tab that adds a common prefix counts as the first: the second lists.
    expect(press('esxcf', 2)).toEqual({ actions: ['write', 'list'], line: 'esxcfg-' });
    expect(press('ls /etc/i', 1).line).toBe('ls /etc/init.d/');
  });

  it('never keeps focus on an empty line, after Escape, or once nothing matches', () => {
    expect(press('', 1).actions).toEqual(['leave']);
    expect(press('   ', 1).actions).toEqual(['leave']);
    expect(press('esxcfg-v', 1, true).actions).toEqual(['leave']);
    expect(press('frobnicate', 3).actions).toEqual(['hint', 'leave']);
  });

  it('moves on within three Tabs from any line, however often it completes', () => {
    for (const line of ['e', 'ls /', 'cd /vmfs/volumes/', 'cat /etc/vmware/esx', 'esxcfg-vswitch -l', 'vm']) {
      const { actions } = press(line, 40);
      expect(actions.at(-1)).toBe('leave');
      // Between two writes there are at most two kept Tabs (a hint and a list).
      const kept = actions.join(' ').split('write').map((run) => run.trim().split(' ').filter((action) => action === 'hint' || action === 'list').length);
      expect(Math.max(...kept)).toBeLessThanOrEqual(2);
    }
  });
});
