import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLab, resetLab, sendEvent } from './labs';
import { $screens } from './screens';
import { runLine } from './shell';
import { loadKits } from './sim';
import { $transcripts, sessionKey } from './transcripts';

const CLONE = 'vmkfstools -i /vmfs/volumes/ds-vmfs8/web01/web01.vmdk /vmfs/volumes/ds-vmfs8/web02/web02.vmdk';
const lines = (lab: string) => $transcripts.get()[sessionKey(lab, 'esx01')]!;
// The VAAI presets belong to the storage kit: a page fetches its engine before building such a lab.
beforeAll(() => loadKits(['storage']));

const progress = (lab: string) => lines(lab).filter((line) => /^Clone: /.test(line.text));

describe('a progress line in a transcript follows its lab\'s clock', () => {
  it('is redrawn in place as time runs, the same line, until 100%, then stays', async () => {
    ensureLab('live', 'vaai-lab');
    await runLine('live', 'esx01', CLONE);
    const [first] = progress('live');
    expect(first).toMatchObject({ text: 'Clone: 0% done.', live: { kit: 'storage', id: 1 } });
    sendEvent('live', { type: 'tick', ms: 10_000 });
    expect(progress('live')).toEqual([expect.objectContaining({ id: first!.id, text: expect.stringMatching(/^Clone: [1-9]\d?% done\.$/), live: first!.live })]);
    sendEvent('live', { type: 'tick', ms: 120_000 });
    const done = progress('live')[0]!;
    expect(done).toMatchObject({ id: first!.id, text: 'Clone: 100% done.' });
    expect(done.live).toBeUndefined();
    expect(lines('live').at(-1)).toBe(done);
  });

  it('stays as it was when the lab is reset under it', async () => {
    ensureLab('reset', 'vaai-lab');
    await runLine('reset', 'esx01', CLONE);
    resetLab('reset');
    expect(progress('reset')[0]).toMatchObject({ text: 'Clone: 0% done.' });
    expect(progress('reset')[0]!.live).toBeUndefined();
  });
});

describe('a full-screen program', () => {
  it('esxtop typed in a session opens the screen for that session only; esxtop -b prints CSV and opens none', async () => {
    ensureLab('top', 'vaai-lab');
    await runLine('top', 'esx01', 'esxtop -b -n 1');
    expect($screens.get()[sessionKey('top', 'esx01')]).toBeUndefined();
    expect(lines('top')[1]!.text.startsWith('"(PDH-CSV 4.0) (UTC)(0)"')).toBe(true);
    await runLine('top', 'esx01', 'esxtop');
    expect($screens.get()[sessionKey('top', 'esx01')]).toEqual({ program: 'esxtop' });
  });
});
