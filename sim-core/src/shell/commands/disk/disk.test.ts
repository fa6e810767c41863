import { describe, expect, it } from 'vitest';
import { createLab } from '../../../testing/sim';
import { run } from '../../../testing/lab';

describe('df', () => {
  it('lists visorfs first, then the vfat volumes and the VMFS-3 datastore, in busybox columns', () => {
    const rows = run(createLab('after-upgrade'), 'df -h').stdout;
    expect(rows[0]).toBe('Filesystem                Size      Used Available Use% Mounted on');
    expect(rows[1]).toMatch(/^visorfs\s+\S+\s+\S+\s+\S+\s+\d+% \/$/);
    expect(rows.filter((row) => row.startsWith('vfat '))).toHaveLength(4);
    expect(rows.filter((row) => /^vfat\s+249\.7M /.test(row))).toHaveLength(2);
    expect(rows.some((row) => /^vfat\s+285\.8M /.test(row))).toBe(true);
    expect(rows.at(-1)).toMatch(/^VMFS-3 /);
  });

  it('counts what is written to a volume', () => {
    const lab = createLab('after-upgrade');
    const scratchUsed = (rows: string[]) => Number(rows.find((row) => row.startsWith('vfat') && row.includes('4193280'))!.split(/\s+/)[2]);
    const before = scratchUsed(run(lab, 'df').stdout);
    const after = scratchUsed(run(run(lab, `echo ${'y'.repeat(3000)} > /scratch/notes`).lab, 'df').stdout);
    expect(after).toBeGreaterThan(before);
  });

  it('refuses an unknown option', () => {
    const result = run(createLab('after-upgrade'), 'df -z');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/invalid option -- 'z'/);
  });
});

describe('vdf', () => {
  it('lists a tardisk per boot module, then the four ramdisks with hostdstats spelt right', () => {
    const rows = run(createLab('after-upgrade'), 'vdf -h').stdout;
    expect(rows[0]).toMatch(/^Tardisk\s+Space\s+Used$/);
    for (const module of ['k.z', 's.z', 'c.z', 'm.z', 'state.tgz']) expect(rows.some((row) => row.startsWith(`${module} `))).toBe(true);
    const header = rows.findIndex((row) => row.startsWith('Ramdisk'));
    expect(rows[header]).toBe('Ramdisk                   Size      Used Available Use% Mounted on');
    expect(rows.slice(header + 1).map((row) => row.split(/\s+/)[0])).toEqual(['MAINSYS', 'tmp', 'updatestg', 'hostdstats']);
    expect(rows.find((row) => row.startsWith('MAINSYS'))).toMatch(/^MAINSYS\s+32M\s+21M\s+11M\s+66% --$/);
  });

  it('shows files written to /tmp in the tmp ramdisk', () => {
    const lab = createLab('after-upgrade');
    const tmpBefore = run(lab, 'vdf').stdout.find((row) => row.startsWith('tmp'))!;
    const written = run(lab, `echo ${'x'.repeat(3000)} > /tmp/big`).lab;
    const tmpAfter = run(written, 'vdf').stdout.find((row) => row.startsWith('tmp'))!;
    expect(Number(tmpAfter.split(/\s+/)[2])).toBeGreaterThan(Number(tmpBefore.split(/\s+/)[2]));
  });
});
