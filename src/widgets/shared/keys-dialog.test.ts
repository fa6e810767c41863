import { describe, expect, it } from 'vitest';
import { keySections } from './keys-dialog';
import { ESXTOP_KEYS } from '../terminal/key-help';

describe('the keys dialog\'s sections', () => {
  it('lists the page\'s keys, then each kind of widget on the page once, in page order', () => {
    const titles = keySections(['esxi-boot-console', 'esxi-terminal', 'esxi-run-command', 'esxi-terminal', 'esxi-quiz']).map((section) => section.title);
    expect(titles).toEqual(['This page', 'Boot console', 'Terminal', 'Quiz']);
  });

  it('has the keys each widget declares: the console\'s Shift+R, the DCUI\'s F2, esxtop\'s q inside the terminal\'s', () => {
    const [, console, dcui, terminal, chart] = keySections(['esxi-boot-console', 'esxi-dcui', 'esxi-terminal', 'esxi-nioc-chart']);
    expect(console!.keys.map((key) => key.keys)).toEqual(expect.arrayContaining(['Shift+R', 'Shift+Y', 'Enter', 'Escape']));
    expect(dcui!.keys.map((key) => key.keys)).toEqual(expect.arrayContaining(['F2', 'F11', 'F12', 'Up / Down', 'Alt+F1']));
    expect(terminal!.keys.map((key) => key.keys)).toEqual(expect.arrayContaining(['Tab', 'Up / Down', 'Ctrl+C', 'Ctrl+L', 'Escape, then Tab']));
    expect(terminal!.more?.keys).toBe(ESXTOP_KEYS);
    expect(chart!.title).toBe('Network I/O Control chart');
  });

  it('shows only the page\'s own keys where no widget has keys of its own', () => {
    expect(keySections(['esxi-run-command', 'esxi-timeline']).map((section) => section.title)).toEqual(['This page']);
  });
});
