import { describe, expect, it } from 'vitest';
import { ensureLab, execInLab, getLab, labStore, sendEvent } from './labs';
import { $sim, loadCommandsOf } from './sim';

describe('one store per lab', () => {
  it('time passing in one lab notifies only that lab\'s widgets', () => {
    ensureLab('first', 'after-upgrade');
    ensureLab('second', 'after-upgrade');
    const heard: string[] = [];
    const stops = [labStore('first').listen(() => heard.push('first')), labStore('second').listen(() => heard.push('second'))];
    sendEvent('first', { type: 'tick', ms: 1000 });
    stops.forEach((stop) => stop());
    expect(heard).toEqual(['first']);
    expect(getLab('first')!.clock.nowMs).toBe(getLab('second')!.clock.nowMs + 1000);
  });

  it('gives widgets naming the same lab one lab, and none for a preset the page cannot build', () => {
    const lab = ensureLab('shared', 'after-upgrade');
    expect(ensureLab('shared', 'fresh-install')).toBe(lab);
    expect(ensureLab('other', 'no-such-preset')).toBeUndefined();
    expect(getLab('other')).toBeUndefined();
  });

  it('keeps the lab as it was when the lab refuses an event, and says why', () => {
    const before = ensureLab('refusing', 'after-upgrade');
    const outcome = sendEvent('refusing', { type: 'power', host: 'esx09', action: 'reboot' });
    expect(outcome?.refused?.message).toMatch(/esx09/);
    expect(getLab('refusing')).toBe(before);
  });

  it('changes nothing for a line whose commands the page has not fetched, and runs it once they are in', async () => {
    const before = ensureLab('typing', 'after-upgrade')!;
    const first = execInLab('typing', 'esx01', 'touch /tmp/x && ls /tmp');
    expect(first?.needs).toEqual(['base']);
    expect(getLab('typing')).toBe(before);
    await loadCommandsOf(['base']);
    expect($sim.get().commandNames()).toContain('ls');
    const again = execInLab('typing', 'esx01', 'touch /tmp/x && ls /tmp');
    expect(again?.needs).toEqual([]);
    expect(again?.output.map((line) => line.text)).toContain('x');
    expect(getLab('typing')).toBe(again?.lab);
  });
});
