/**
 * The storage commands' output against the lines in esxi-facts.md ("Second research pass"):
 * vmkfstools -P/-Ph, the clone and create lines with their redrawn progress line, the device
 * listings, esxtop's perfmon CSV and its interactive screen.
 */
import { describe, expect, it } from 'vitest';
import { createLab, exec, sim } from '../../testing/sim';
import { csvCells, run, shell, wait } from '../../testing/lab';
import { humanVmfs } from '../fs-info';
import { esxtopScreen } from '../esxtop/screen';
import { START_VIEW, esxtopKey, type EsxtopView } from '../esxtop/view';

const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';
const kilo = (text: string) => Number(text) * 1024;

describe('vmkfstools -P', () => {
  it('a VMFS datastore: the seven 4.x lines, its avail agreeing with df on the same volume', () => {
    const lab = createLab('after-upgrade');
    const out = run(lab, 'vmkfstools -P /vmfs/volumes/datastore1').stdout;
    const uuid = out[4]!.slice('UUID: '.length);
    expect(out).toEqual([
      'VMFS-3.46 file system spanning 1 partitions.',
      'File system label (if any): datastore1',
      'Mode: public',
      expect.stringMatching(/^Capacity \d+ \(\d+ file blocks \* 1048576\), \d+ \(\d+ blocks\) avail$/),
      expect.stringMatching(/^UUID: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      'Partitions spanned (on "lvm"):',
      '        mpx.vmhba1:C0:T0:L0:3',
    ]);
    const [, capacity, blocks, avail, free] = /^Capacity (\d+) \((\d+) file blocks \* 1048576\), (\d+) \((\d+) blocks\)/.exec(out[3]!)!.map(Number);
    expect(capacity).toBe(blocks! * 1048576);
    expect(avail).toBe(free! * 1048576);
    const df = run(lab, 'df').stdout.find((line) => line.endsWith(uuid))!.split(/\s+/);
    // df counts kilobytes, vmkfstools whole file blocks: the same figure, rounded to a block.
    expect(Math.abs(kilo(df[3]!) - avail!)).toBeLessThanOrEqual(1048576);
  });

  it('a boot bank, by its label or through /bootbank: vfat-0.04, private, on "disks"', () => {
    const lab = createLab('after-upgrade');
    const bank = run(lab, 'vmkfstools -P /vmfs/volumes/Hypervisor1').stdout;
    expect(bank).toEqual([
      'vfat-0.04 file system spanning 1 partitions.',
      'File system label (if any): Hypervisor1',
      'Mode: private',
      expect.stringMatching(/^Capacity \d+ \(\d+ file blocks \* 4096\), \d+ \(\d+ blocks\) avail$/),
      `UUID: ${lab.hosts.esx01!.disk.banks[0].uuid}`,
      'Partitions spanned (on "disks"):',
      '   mpx.vmhba1:C0:T0:L0:5',
    ]);
    const booted = run(lab, 'vmkfstools -P /bootbank').stdout;
    expect(booted[1]).toMatch(/^File system label \(if any\): Hypervisor[12]$/);
    expect(booted[6]).toBe(`   mpx.vmhba1:C0:T0:L0:${booted[1]!.endsWith('1') ? 5 : 6}`);
  });

  it('-h prints the capacity line in units, with -Ph or -P -h', () => {
    const lab = createLab('after-upgrade');
    for (const line of ['vmkfstools -Ph /vmfs/volumes/datastore1', 'vmkfstools -P -h /vmfs/volumes/datastore1']) {
      expect(run(lab, line).stdout[3]).toMatch(/^Capacity \d+\.\d GB, \d+\.\d GB available, file block size 1 MB$/);
    }
    expect(run(lab, 'vmkfstools -Ph /altbootbank').stdout[3]).toMatch(/^Capacity \d+ MB, \d+ MB available, file block size 4 KB$/);
  });

  it('the facts\' -h sample sizes', () => {
    expect(humanVmfs(8.8 * 1024 ** 3)).toBe('8.8 GB');
    expect(humanVmfs(1013 * 1024 ** 2)).toBe('1013 MB');
    expect(humanVmfs(1024 ** 2)).toBe('1 MB');
  });

  it('a path on no VMFS or vfat volume is refused', () => {
    const result = run(createLab('after-upgrade'), 'vmkfstools -P /etc');
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/^Could not retrieve file system information for '\/etc'/);
  });
});

describe('vmkfstools clone and create lines', () => {
  it('a clone prints the destination format, the Cloning line, and a progress line the terminal redraws on the lab clock', () => {
    const result = exec(createLab('vaai-lab'), 'esx01', `vmkfstools -i ${WEB01} -d thin /vmfs/volumes/ds-vmfs8/t/t.vmdk`);
    const texts = result.output.map((line) => line.text);
    expect(texts.slice(1)).toEqual(['Destination disk format: VMFS thin-provisioned', `Cloning disk '${WEB01}'...`, 'Clone: 0% done.']);
    const live = result.output.at(-1)!.live!;
    expect(live).toEqual({ kit: 'storage', id: 1 });
    expect(result.output.slice(0, -1).every((line) => line.live === undefined)).toBe(true);
    const texts10s = sim.liveLine(wait(result.lab, 10_000), live);
    expect(texts10s).toEqual({ text: expect.stringMatching(/^Clone: [1-9]\d?% done\.$/), done: false });
    expect(sim.liveLine(wait(result.lab, 600_000), live)).toEqual({ text: 'Clone: 100% done.', done: true });
  });

  it('redirected into a file, the progress line is plain text: nothing is left to redraw', () => {
    const result = exec(createLab('vaai-lab'), 'esx01', `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/r/r.vmdk > /tmp/clone.log`);
    expect(result.output).toEqual([]);
    expect(run(result.lab, 'cat /tmp/clone.log').stdout.at(-1)).toBe('Clone: 0% done.');
  });

  it('an eagerzeroedthick create zeroes with a redrawn Create line', () => {
    const result = exec(createLab('vaai-lab'), 'esx01', 'vmkfstools -c 2G -d eagerzeroedthick /vmfs/volumes/ds-vmfs8/z/z.vmdk');
    expect(result.output.slice(1).map((line) => line.text)).toEqual(["Creating disk '/vmfs/volumes/ds-vmfs8/z/z.vmdk' and zeroing it out...", 'Create: 0% done.']);
    expect(sim.liveLine(wait(result.lab, 600_000), result.output.at(-1)!.live!)).toEqual({ text: 'Create: 100% done.', done: true });
  });

  it('a clone that cannot be written fails as "Failed to clone disk: <message> (<code>)."', () => {
    const sh = shell('vaai-lab');
    expect(sh(`vmkfstools -i ${WEB01} ${WEB01}`).stderr[0]).toBe('Failed to clone disk: The file already exists (39).');
    sh('vmkfstools -c 480G /vmfs/volumes/ds-vmfs8/big/big.vmdk');
    expect(sh(`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/c/c.vmdk`).stderr[0]).toBe('Failed to clone disk: There is not enough space on the file system for the selected operation (13).');
  });
});

describe('device listings in 4.1\'s field set', () => {
  it('esxcfg-scsidevs -l prints the facts\' lines for an array LUN, without a VAAI or Is SSD line', () => {
    const out = run(createLab('vaai-lab'), 'esxcfg-scsidevs -l').stdout;
    const start = out.findIndex((line) => line.startsWith('naa.'));
    const naa = out[start]!;
    expect(out.slice(start, start + 13)).toEqual([
      naa,
      '   Device Type: Direct-Access',
      '   Size: 512000 MB',
      `   Display Name: DGC Fibre Channel Disk (${naa})`,
      '   Multipath Plugin: NMP',
      `   Console Device: /vmfs/devices/disks/${naa}`,
      `   Devfs Path: /vmfs/devices/disks/${naa}`,
      '   Vendor: DGC       Model: RAID 5            Revis: 0430',
      '   SCSI Level: 4  Is Pseudo: false Status: on',
      '   Is RDM Capable: true Is Removable: false',
      '   Is Local: false',
      '   Other Names:',
      expect.stringMatching(/^ {6}vml\.02/),
    ]);
    expect(out.join('\n')).not.toMatch(/VAAI|Is SSD/);
  });

  it('esxcli corestorage device list ends each device with VAAI Status and Other UIDs', () => {
    const out = run(createLab('vaai-lab'), 'esxcli corestorage device list').stdout;
    const start = out.findIndex((line) => line.startsWith('naa.'));
    expect(out.slice(start + 15, start + 18)).toEqual(['   Attached Filters: VAAI_FILTER', '   VAAI Status: unknown', expect.stringMatching(/^ {3}Other UIDs: vml\./)]);
  });
});

describe('esxtop -b: perfmon CSV', () => {
  it('the first cell, one \\\\host\\Object(instance)\\Counter column per counter, and N sample rows', () => {
    const out = run(createLab('vaai-lab'), 'esxtop -b -n 3').stdout;
    expect(out).toHaveLength(4);
    const header = csvCells(out[0]!);
    expect(out[0]!.startsWith('"(PDH-CSV 4.0) (UTC)(0)","\\\\esx01\\')).toBe(true);
    for (const cell of header.slice(1)) expect(cell).toMatch(/^\\\\esx01\\Physical Disk SCSI Device\((mpx|naa)\.[^)]+\)\\(CLONE_RD|CLONE_WR|CLONE_F|MBC_RD\/s|MBC_WR\/s|ATS|ATSF|ZERO|ZERO_F|MBZERO\/s|RESV\/s|CONS\/s)$/);
    expect(header).toHaveLength(1 + 2 * 12);
    for (const row of out.slice(1)) {
      const cells = csvCells(row);
      expect(cells).toHaveLength(header.length);
      expect(cells[0]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
      expect(cells.slice(1).every((cell) => /^\d+(\.\d\d)?$/.test(cell))).toBe(true);
    }
  });

  it('samples are -d seconds apart (5 by default), and the lab\'s clock moves on while they are taken', () => {
    const started = run(createLab('vaai-lab'), `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/w/w.vmdk`).lab;
    const result = run(started, 'esxtop -b -n 3');
    const rows = result.stdout.map(csvCells);
    const at = rows[0]!.findIndex((cell) => /\(naa\.[^)]+\)\\CLONE_WR$/.test(cell));
    const seconds = rows.slice(1).map((row) => Number(row[0]!.slice(-2)) + 60 * Number(row[0]!.slice(-5, -3)));
    expect(seconds.map((s) => s - seconds[0]!)).toEqual([0, 5, 10]);
    const cloned = rows.slice(1).map((row) => Number(row[at]));
    expect(cloned[1]).toBeGreaterThan(cloned[0]!);
    expect(cloned[2]).toBeGreaterThan(cloned[1]!);
    expect(result.lab.clock.nowMs - started.clock.nowMs).toBe(10_000);
    // What the last sample saw is what the lab now is.
    expect(csvCells(run(result.lab, 'esxtop -b -n 1').stdout[1]!)[at]).toBe(String(cloned[2]));
    expect(run(started, 'esxtop -b -n 2 -d 2').lab.clock.nowMs - started.clock.nowMs).toBe(2_000);
    expect(run(started, 'esxtop -b -n 1').lab.clock.nowMs).toBe(started.clock.nowMs);
  });

  it('counts a finished clone\'s XCOPY commands in the CSV', () => {
    const lab = wait(run(createLab('vaai-lab'), `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/w/w.vmdk`).lab, 60_000);
    const [header, row] = run(lab, 'esxtop -b -n 1').stdout.map(csvCells);
    const at = header!.findIndex((cell) => /\(naa\.[^)]+\)\\CLONE_WR$/.test(cell));
    expect(Number(row![at])).toBeGreaterThan(0);
  });
});

describe('esxtop, the interactive screen', () => {
  const keys = (...pressed: string[]): EsxtopView => pressed.reduce(esxtopKey, START_VIEW);

  it('esxtop on the terminal opens the screen; in a pipe it says why not', () => {
    const lab = createLab('vaai-lab');
    expect(exec(lab, 'esx01', 'esxtop').screen).toEqual({ program: 'esxtop' });
    const piped = exec(lab, 'esx01', 'esxtop | cat');
    expect(piped.screen).toBeUndefined();
    expect(piped.output.map((line) => line.text).join('\n')).toMatch(/needs the terminal/);
  });

  it('u shows the disk devices; f then O and H add the VAAI and reservation columns; q quits', () => {
    const lab = createLab('vaai-lab');
    expect(esxtopScreen(lab, 'esx01', START_VIEW).join('\n')).not.toMatch(/DEVICE/);
    const disk = esxtopScreen(lab, 'esx01', keys('u'));
    expect(disk[2]!.trim()).toBe('DEVICE');
    expect(disk.some((line) => line.startsWith('naa.'))).toBe(true);
    const fields = esxtopScreen(lab, 'esx01', keys('u', 'f'));
    expect(fields).toContain('Toggle fields with a-z, any other key to return:');
    expect(fields).toContain('  O:  VAAISTATS = VAAI Stats');
    const both = keys('u', 'f', 'o', 'h', 'Enter');
    expect(both.editing).toBeNull();
    expect(esxtopScreen(lab, 'esx01', both)[2]!.split(/\s+/)).toEqual(['DEVICE', 'RESV/s', 'CONS/s', 'CLONE_RD', 'CLONE_WR', 'CLONE_F', 'MBC_RD/s', 'MBC_WR/s', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBZERO/s']);
    expect(esxtopKey(both, 'q').quit).toBe(true);
    expect(esxtopKey(START_VIEW, 'Escape').quit).toBe(true);
  });

  it('o moves a field: upper case left, lower case right', () => {
    const view = keys('u', 'f', 'o', 'h', 'Enter', 'o', 'O');
    expect(view.order).toEqual(['A', 'O', 'H']);
    expect(esxtopScreen(createLab('vaai-lab'), 'esx01', view)).toContain('Current Field order: AOH');
    expect(esxtopKey(view, 'o').order).toEqual(['A', 'H', 'O']);
  });

  it('the screen follows the lab clock in 5 s steps: a running clone\'s counters grow between refreshes', () => {
    const started = run(createLab('vaai-lab'), `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/w/w.vmdk`).lab;
    const view = keys('u', 'f', 'o', 'Enter');
    const naaRow = (lab: typeof started) => esxtopScreen(lab, 'esx01', view).find((line) => line.startsWith('naa.'))!.split(/\s+/);
    const early = naaRow(wait(started, 5_000));
    const later = naaRow(wait(started, 10_000));
    expect(Number(later[1])).toBeGreaterThan(Number(early[1]));
    expect(esxtopScreen(wait(started, 5_000), 'esx01', view)[0]).toBe(esxtopScreen(wait(started, 9_999), 'esx01', view)[0]);
  });
});
