import { describe, expect, it } from 'vitest';
import { ensureLab } from './labs';
import { runLine } from './shell';
import { $transcripts, sessionKey } from './transcripts';

describe('a typed line on a page that has fetched no commands yet', () => {
  it('fetches the commands of every kit it names, however many, and answers as the REPL does', async () => {
    ensureLab('fresh', 'after-upgrade');
    // With &&, each command is reached only once the one before has run: one kit per round.
    const line = 'ls /bootbank > /dev/null && ps > /dev/null && esxcfg-nics -l > /dev/null && esxcli corestorage device list | head -1';
    expect(await runLine('fresh', 'esx01', line)).toBe(0);
    const printed = $transcripts.get()[sessionKey('fresh', 'esx01')]!.map((entry) => entry.text);
    expect(printed[0]).toMatch(/# ls \/bootbank/);
    expect(printed.slice(1)).toEqual(['mpx.vmhba1:C0:T0:L0']);
  });
});
