import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab } from '../../testing/sim';
import { run, wait } from '../../testing/lab';
import { sim } from '../../testing/sim';
import { DISK_FIELDS } from './fields';
import { esxtopScreen } from './screen';
import { START_VIEW, esxtopKey } from './view';

const KEYS = ['u', 'c', 'f', 'o', 'a', 'A', 'h', 'H', 'o', 'O', 'x', 'Enter', 'Escape', 'q', ' ', '1'];
const letters = DISK_FIELDS.map((group) => group.letter);

describe('esxtop keys, whatever is pressed', () => {
  it('the field order stays a permutation of the groups, and the header shows exactly the shown groups\' columns in that order', () => {
    const lab = createLab('vaai-lab');
    fc.assert(fc.property(fc.array(fc.constantFrom(...KEYS), { maxLength: 40 }), (keys) => {
      let view = START_VIEW;
      for (const key of keys) {
        if (view.quit) break;
        view = esxtopKey(view, key);
      }
      expect([...view.order].sort()).toEqual([...letters].sort());
      expect(view.shown.every((letter) => view.order.includes(letter))).toBe(true);
      if (view.quit || view.editing || view.panel !== 'disk-device') return;
      const expected = ['DEVICE', ...view.order.filter((letter) => view.shown.includes(letter)).flatMap((letter) => DISK_FIELDS.find((group) => group.letter === letter)!.columns)];
      expect(view.shown).toContain('A');
      expect(esxtopScreen(lab, 'esx01', view)[2]!.trim().split(/\s+/)).toEqual(expected);
    }));
  });

  it('q or Escape on a panel always quits; on a field screen Escape only returns', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('u', 'c', 'f', 'o', 'Enter', 'O', 'H'), { maxLength: 20 }), (keys) => {
      const view = keys.reduce(esxtopKey, START_VIEW);
      if (view.editing) {
        expect(esxtopKey(view, 'Escape')).toMatchObject({ editing: null, quit: false });
      } else {
        expect(esxtopKey(view, 'q').quit).toBe(true);
        expect(esxtopKey(view, 'Escape').quit).toBe(true);
      }
    }));
  });
});

describe('a clone\'s progress line, redrawn on the lab clock', () => {
  it('never goes back, and ends at 100% done, however time is sliced', () => {
    const started = run(createLab('vaai-lab'), 'vmkfstools -i /vmfs/volumes/ds-vmfs8/web01/web01.vmdk /vmfs/volumes/ds-vmfs8/p/p.vmdk').lab;
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 30 }), (steps) => {
      let lab = started;
      let last = 0;
      for (const ms of [...steps, 600_000]) {
        lab = wait(lab, ms);
        const line = sim.liveLine(lab, { kit: 'storage', id: 1 })!;
        const percent = Number(/^Clone: (\d+)% done\.$/.exec(line.text)![1]);
        expect(percent).toBeGreaterThanOrEqual(last);
        expect(line.done).toBe(percent === 100);
        last = percent;
      }
      expect(last).toBe(100);
    }), { numRuns: 30 });
  });
});
