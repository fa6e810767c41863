import { describe, expect, it } from 'vitest';
import { createLab, exec, replaySolution, scenarios, sim } from '../../testing/sim';
import { naaSample, run, shell, wait } from '../../testing/lab';
import { checkGoals } from '../../scenarios';

const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';
const MOVE = '/DataMover/HardwareAcceleratedMove';


describe('esxcfg-advcfg', () => {
  it('gets and sets in the facts file format, and refuses bad input', () => {
    const sh = shell('vaai-lab');
    expect(sh(`esxcfg-advcfg -g ${MOVE}`).stdout).toEqual(['Value of HardwareAcceleratedMove is 1']);
    expect(sh(`esxcfg-advcfg -s 0 ${MOVE}`).stdout).toEqual([]);
    expect(sh(`esxcfg-advcfg -g ${MOVE}`).stdout).toEqual(['Value of HardwareAcceleratedMove is 0']);
    expect(sh('esxcfg-advcfg -g /VMFS3/HardwareAcceleratedLocking').stdout).toEqual(['Value of HardwareAcceleratedLocking is 1']);
    const bad = sh(`esxcfg-advcfg -s 2 ${MOVE}`);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr.join('\n')).toMatch(/between 0 and 1/);
    expect(sh('esxcfg-advcfg -g /Net/Nope').stderr.join('\n')).toMatch(/Unknown advanced setting \/Net\/Nope/);
    expect(sh(`esxcfg-advcfg -s x ${MOVE}`).stderr.join('\n')).toMatch(/integer/);
  });
});

describe('esxcfg-advcfg with malformed input', () => {
  const err = (line: string) => {
    const result = shell('vaai-lab')(line);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toEqual([]);
    return result.stderr.join('\n');
  };

  it('says which setting a dotted or misspelt name means', () => {
    expect(err('esxcfg-advcfg -g DataMover.HardwareAcceleratedMove')).toBe('esxcfg-advcfg: Unknown advanced setting DataMover.HardwareAcceleratedMove; did you mean /DataMover/HardwareAcceleratedMove?');
    expect(err('esxcfg-advcfg -s 0 /DataMover/HardareAcceleratedInit')).toMatch(/did you mean \/DataMover\/HardwareAcceleratedInit\?$/);
    expect(err('esxcfg-advcfg -d /vmfs3/hardwareacceleratedlocking')).toMatch(/did you mean \/VMFS3\/HardwareAcceleratedLocking\?$/);
  });

  it('refuses negative, huge and non-numeric values with what was typed, and keeps the setting', () => {
    expect(err(`esxcfg-advcfg -s -5 /DataMover/MaxHWTransferSize`)).toMatch(/between 4 and 16384, not -5$/);
    expect(err(`esxcfg-advcfg -s 99999999999999999999 /DataMover/MaxHWTransferSize`)).toMatch(/between 4 and 16384, not 99999999999999999999$/);
    for (const raw of ['1.0', '0x1', 'on', "''"]) expect(err(`esxcfg-advcfg -s ${raw} ${MOVE}`)).toMatch(/takes an integer/);
    const sh = shell('vaai-lab');
    sh(`esxcfg-advcfg -s 99999999999999999999 ${MOVE}`);
    expect(sh(`esxcfg-advcfg -g ${MOVE}`).stdout).toEqual(['Value of HardwareAcceleratedMove is 1']);
  });

  it('prints the usage for missing or unknown options', () => {
    for (const line of ['esxcfg-advcfg', 'esxcfg-advcfg -x foo', 'esxcfg-advcfg -g', 'esxcfg-advcfg -s 1', `esxcfg-advcfg -g ${MOVE} extra`, `esxcfg-advcfg -s ${MOVE}`]) expect(err(line)).toMatch(/^Usage: esxcfg-advcfg/);
  });

  it('MaxHWTransferSize changes how many XCOPY commands a clone sends', () => {
    const sh = shell('vaai-lab');
    expect(sh('esxcfg-advcfg -s 16384 /DataMover/MaxHWTransferSize').stdout).toEqual([]);
    expect(sh('esxcfg-advcfg -g /DataMover/MaxHWTransferSize').stdout).toEqual(['Value of MaxHWTransferSize is 16384']);
    sh(`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk`);
    expect(naaSample(wait(sh.lab(), 60_000))).toMatchObject({ CLONE_RD: 640, CLONE_WR: 640 });
  });
});

describe('device listings', () => {
  it('esxcli corestorage device list shows the local disk, then the array\'s LUN with the filter and VAAI Status, in 4.1\'s fields', () => {
    const text = run(createLab('vaai-lab'), 'esxcli corestorage device list').stdout;
    expect(text.slice(0, 17)).toEqual([
      'mpx.vmhba1:C0:T0:L0',
      '   Display Name: Local LSILOGIC Disk (mpx.vmhba1:C0:T0:L0)',
      '   Size: 139236',
      '   Device Type: Direct-Access',
      '   Multipath Plugin: NMP',
      '   Devfs Path: /vmfs/devices/disks/mpx.vmhba1:C0:T0:L0',
      '   Vendor: LSILOGIC',
      '   Model: Logical Volume',
      '   Revision: 1000',
      '   SCSI Level: 4',
      '   Is Pseudo: false',
      '   Status: on',
      '   Is RDM Capable: false',
      '   Is Local: true',
      '   Is Removable: false',
      '   Attached Filters: ',
      '   VAAI Status: unknown',
    ]);
    const array = text.slice(text.findIndex((line) => line.startsWith('naa.60060160a0b01c00')));
    expect(array).toContain('   Attached Filters: VAAI_FILTER');
    expect(array).toContain('   VAAI Status: unknown');
    expect(text.join('\n')).not.toContain('Is SSD');
  });

  it('esxcfg-scsidevs -l lists devices and -m maps datastores to them', () => {
    const lab = createLab('vaai-block-sizes');
    expect(run(lab, 'esxcfg-scsidevs -l').stdout.filter((line) => line.startsWith('naa.'))).toHaveLength(2);
    const map = run(lab, 'esxcfg-scsidevs -m').stdout;
    expect(map[0]).toMatch(/^mpx\.vmhba1:C0:T0:L0:3\s+\/vmfs\/devices\/disks\/mpx\.vmhba1:C0:T0:L0:3\s+\S+\s+0\s+datastore1$/);
    expect(map[1]).toMatch(/^naa\.\S+:1\s+\/vmfs\/devices\/disks\/naa\.\S+:1\s+\S+\s+0\s+ds-vmfs8$/);
    expect(map[2]).toMatch(/ds-vmfs1$/);
  });

  it('refuse extra or unknown arguments with their usage', () => {
    const lab = createLab('vaai-lab');
    for (const line of ['esxcfg-scsidevs', 'esxcfg-scsidevs -x', 'esxcfg-scsidevs -l extra', 'esxcli corestorage device list -d naa.1 extra', 'esxcli corestorage device list --bogus', 'esxtop -x', 'esxtop -b', 'esxtop -b -n 0', 'esxtop -n 1']) {
      const result = exec(lab, 'esx01', line);
      expect(result.exitCode, line).toBe(1);
      expect(result.output.map((entry) => entry.text).join('\n'), line).toMatch(/^Usage: /);
    }
    expect(run(lab, 'esxcli corestorage device list -d naa.nope').text).toBe('Unknown device naa.nope');
  });

  it('vmkfstools -P shows the block size', () => {
    const lab = createLab('vaai-block-sizes');
    expect(run(lab, 'vmkfstools -P /vmfs/volumes/ds-vmfs8').stdout.join('\n')).toMatch(/file blocks \* 8388608\)/);
    expect(run(lab, 'vmkfstools -P /vmfs/volumes/ds-vmfs1').stdout.join('\n')).toMatch(/file blocks \* 1048576\)/);
  });
});

describe('vmkfstools clone and create', () => {
  it('a clone starts a job that advances on ticks and completes; VAAI Status becomes supported', () => {
    const sh = shell('vaai-lab');
    const out = sh(`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk`).stdout;
    expect(out).toEqual([expect.stringMatching(/^\(lab\) Job 1 .*xcopy/), 'Destination disk format: VMFS zeroedthick', `Cloning disk '${WEB01}'...`, 'Clone: 0% done.']);
    let lab = sh.lab();
    expect(run(lab, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: supported');
    lab = wait(lab, 10_000);
    const job = () => lab.storage!.jobs[0]!;
    expect(job().mover.done).toBe(false);
    expect(sim.liveLine(lab, { kit: 'storage', id: 1 })).toEqual({ text: 'Clone: 39% done.', done: false });
    lab = wait(lab, 20_000);
    expect(job().mover.done).toBe(true);
    expect(lab.storage.datastores.find((ds) => ds.name === 'ds-vmfs8')!.files['web02/web02.vmdk']!.complete).toBe(true);
    expect(sim.liveLine(lab, { kit: 'storage', id: 1 })).toEqual({ text: 'Clone: 100% done.', done: true });
    expect(naaSample(lab)).toMatchObject({ CLONE_RD: 2560, CLONE_WR: 2560, CLONE_F: 0 });
  });

  it('with HardwareAcceleratedMove 0 the clone goes through the host and is slower', () => {
    const sh = shell('vaai-lab');
    sh(`esxcfg-advcfg -s 0 ${MOVE}`);
    expect(sh(`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk`).stdout.join('\n')).toMatch(/software: .*HardwareAcceleratedMove is 0/);
    const lab = wait(sh.lab(), 30_000);
    const job = lab.storage!.jobs[0]!;
    expect(job.mover.mode).toBe('software');
    expect(job.mover.done).toBe(false);
    expect(job.mover.counters.offloadCommands).toBe(0);
    expect(job.mover.counters.hostBytesRead).toBeGreaterThan(0);
    // Creating the target took an ATS (locking is on): that, not the copy, told the host the device does VAAI.
    expect(run(lab, 'esxcli corestorage device list').stdout).toContain('   VAAI Status: supported');
    const quiet = shell('vaai-lab');
    quiet(`esxcfg-advcfg -s 0 ${MOVE}`);
    quiet('esxcfg-advcfg -s 0 /VMFS3/HardwareAcceleratedLocking');
    quiet(`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk`);
    expect(run(quiet.lab(), 'esxcli corestorage device list').stdout).toContain('   VAAI Status: unknown');
  });

  it('a clone across block sizes is not offloaded', () => {
    // The earlier clone's create took an ATS on ds-vmfs1's device: esxcli shows the array does VAAI.
    expect(run(createLab('vaai-block-sizes'), 'esxcli corestorage device list').stdout.filter((line) => line.includes('VAAI Status'))).toEqual(['   VAAI Status: unknown', '   VAAI Status: unknown', '   VAAI Status: supported']);
    const lab = run(createLab('vaai-block-sizes'), `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs1/b/b.vmdk`).lab;
    expect(lab.storage!.jobs[1]!.mover.reason).toMatch(/block sizes differ/);
  });

  it('creates an eagerzeroedthick disk with WRITE SAME, and refuses bad input', () => {
    const sh = shell('vaai-lab');
    expect(sh('vmkfstools -c 4G -d eagerzeroedthick /vmfs/volumes/ds-vmfs8/z/z.vmdk').stdout.slice(1)).toEqual(["Creating disk '/vmfs/volumes/ds-vmfs8/z/z.vmdk' and zeroing it out...", 'Create: 0% done.']);
    expect(sh.lab().storage!.jobs[0]!.mover.mode).toBe('write-same');
    expect(sh(`vmkfstools -i ${WEB01} ${WEB01}`).stderr.join('')).toMatch(/already exists/);
    expect(sh('vmkfstools -i /vmfs/volumes/ds-vmfs8/nope.vmdk /vmfs/volumes/ds-vmfs8/x.vmdk').stderr.join('')).toMatch(/Could not find the file/);
    expect(sh('vmkfstools -c 10Q /vmfs/volumes/ds-vmfs8/q.vmdk').stderr.join('')).toMatch(/invalid size/);
  });
});

describe('vmkfstools refuses what a real datastore would not take', () => {
  const DS = '/vmfs/volumes/ds-vmfs8';
  const err = (line: string) => {
    const result = shell('vaai-lab')(line);
    expect(result.exitCode).not.toBe(0);
    return result.stderr.join('\n');
  };

  it('sizes: negative, zero, garbage and beyond any number are invalid', () => {
    for (const size of ['-5G', '0', '10Q', '1.5G', '99999999999T', '9'.repeat(40) + 'G']) expect(err(`vmkfstools -c ${size} ${DS}/q/q.vmdk`)).toMatch(/invalid size/);
  });

  it('a thick disk must fit the free space; a thin one may not outgrow the datastore', () => {
    expect(err(`vmkfstools -c 600G -d eagerzeroedthick ${DS}/a/a.vmdk`)).toBe('Failed to create virtual disk: There is not enough space on the file system for the selected operation (13).\n(lab) 600.0G needed, 489.5G free on ds-vmfs8.');
    expect(err(`vmkfstools -c 495G ${DS}/a/a.vmdk`)).toMatch(/not enough space/);
    expect(err(`vmkfstools -c 600G -d thin ${DS}/a/a.vmdk`)).toMatch(/\(13\)\.\n\(lab\) A thin disk may grow to 600\.0G, more than all of ds-vmfs8/);
    const sh = shell('vaai-lab');
    expect(sh(`vmkfstools -c 480G ${DS}/big/big.vmdk`).exitCode).toBe(0);
    expect(sh(`vmkfstools -c 495G -d thin ${DS}/t/t.vmdk`).exitCode).toBe(0);
    expect(sh(`vmkfstools -i ${WEB01} ${DS}/c/c.vmdk`).stderr).toEqual(['Failed to clone disk: There is not enough space on the file system for the selected operation (13).', expect.stringMatching(/^\(lab\) 10\.0G needed, /)]);
  });

  it('the target is a new .vmdk whose folders are folders', () => {
    expect(err(`vmkfstools -c 1G ${DS}/x.txt`)).toMatch(/ends in \.vmdk/);
    expect(err(`vmkfstools -c 1G ${DS}/web01`)).toMatch(/ends in \.vmdk/);
    expect(err(`vmkfstools -i ${WEB01} ${DS}/web01`)).toMatch(/ends in \.vmdk/);
    expect(err(`vmkfstools -c 1G ${DS}/web01/web01-flat.vmdk`)).toMatch(/already exists/);
    expect(err(`vmkfstools -c 1G ${DS}/web01/web01.vmx/x.vmdk`)).toMatch(/Not a directory/);
    const sh = shell('vaai-lab');
    sh(`vmkfstools -c 1G -d eagerzeroedthick ${DS}/z/z.vmdk`);
    expect(sh(`vmkfstools -c 1G ${DS}/z/z.vmdk/y.vmdk`).stderr.join('')).toMatch(/Not a directory/);
  });

  it('missing or unknown arguments print the usage', () => {
    for (const line of ['vmkfstools', 'vmkfstools -c', 'vmkfstools -c 10G', 'vmkfstools -i', `vmkfstools -i ${WEB01}`, 'vmkfstools -P', 'vmkfstools -z foo', `vmkfstools -i ${WEB01} ${DS}/a/a.vmdk extra`]) {
      expect(err(line)).toMatch(/^Usage: vmkfstools/);
    }
    expect(err(`vmkfstools -c 1G -d ${DS}/a/a.vmdk`)).toMatch(/unknown disk format/);
    expect(err(`vmkfstools -c 1G -d`)).toMatch(/unknown disk format ''/);
  });
});

describe('storage scenarios', () => {
  it('are registered, and a wrong answer does not pass', () => {
    const ids = scenarios().map((scenario) => scenario.id);
    expect(ids).toEqual(expect.arrayContaining(['clone-too-slow', 'block-size-mismatch']));
    const scenario = scenarios().find((candidate) => candidate.id === 'block-size-mismatch')!;
    const wrong = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'answer', question: 'no-offload-reason', value: 'setting-off' }, says: '' }] });
    expect(checkGoals(scenario, wrong).find((goal) => goal.id === 'reason')!.because).toMatch(/not what the lab says/);
    const slow = scenarios().find((candidate) => candidate.id === 'clone-too-slow')!;
    const onlySet = replaySolution({ ...slow, solution: slow.solution.slice(0, 3) });
    expect(checkGoals(slow, onlySet).find((goal) => goal.id === 'xcopy-clone')!.because).toMatch(/running/);
  });
});
