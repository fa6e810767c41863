import { describe, expect, it } from 'vitest';
import { KIT_COMMANDS } from '#sim-core/kits/manifest';
import { ensureLab } from '../../stores/labs';
import { $transcripts, sessionKey } from '../../stores/transcripts';
import { KIT_LOADERS } from '../shared/kit-loader';
import { runLine } from './run-line';

// Vitest registers every kit up front (as Node does), so fetching a missing kit is tested in
// the browser (tests/e2e/networking.spec.ts); here, what holds once the kits are there.
const texts = (lab: string) => ($transcripts.get()[sessionKey(lab, 'esx01')] ?? []).map((line) => line.text);

describe('runLine', () => {
  it('runs at once, echoed and answered, when the page has every kit the line names', () => {
    ensureLab('t-now', 'dvswitch-lab');
    void runLine('t-now', 'esx01', 'ps | grep lbt');
    expect(texts('t-now').some((text) => text.endsWith('net-lbt'))).toBe(true);
  });

  it('has a loader for every kit in the manifest', () => {
    expect(Object.keys(KIT_LOADERS).sort()).toEqual(Object.keys(KIT_COMMANDS).sort());
  });
});
