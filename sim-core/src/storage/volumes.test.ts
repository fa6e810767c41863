import { describe, expect, it } from 'vitest';
import { createLab, validateLab } from '../testing/sim';
import { run, shell, wait } from '../testing/lab';

const DS8_UUID = '4c8e5a21-7d3f9b10-2e6a-001b21a4c8d0';
const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

describe('datastores under /vmfs/volumes', () => {
  it('lists each datastore by name (a link) and by UUID, beside the host\'s own volumes', () => {
    const names = run(createLab('vaai-block-sizes'), 'ls -1 /vmfs/volumes').stdout;
    expect(names).toEqual(expect.arrayContaining(['ds-vmfs8', 'ds-vmfs1', DS8_UUID, 'datastore1', 'Hypervisor1']));
    expect(run(createLab('vaai-lab'), 'ls -l /vmfs/volumes/ds-vmfs8').stdout).toEqual([`lrwxrwxrwx    1 root     root                35 Nov 29 09:00 /vmfs/volumes/ds-vmfs8 -> ${DS8_UUID}`]);
  });

  it('ls -l shows a VM folder as a descriptor, its -flat data file and the .vmx; cd and cat work', () => {
    const sh = shell('vaai-lab');
    expect(sh('cd /vmfs/volumes/ds-vmfs8/web01').exitCode).toBe(0);
    expect(sh('pwd -P').stdout).toEqual([`/vmfs/volumes/${DS8_UUID}/web01`]);
    const listing = sh('ls -l').stdout;
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual(['web01-flat.vmdk', 'web01.vmdk', 'web01.vmx']);
    expect(listing[0]).toMatch(/\s10737418240 /);
    expect(sh('cat web01.vmdk').stdout).toContain('RW 20971520 VMFS "web01-flat.vmdk"');
    expect(sh('df').stdout.some((line) => line.startsWith('VMFS-3') && line.endsWith(DS8_UUID))).toBe(true);
  });

  it('a clone appears once its job has finished, with no .vmx (vmkfstools copies only the disk)', () => {
    const sh = shell('vaai-lab');
    sh('cd /vmfs/volumes/ds-vmfs8');
    sh(`vmkfstools -i ${WEB01} web02/web02.vmdk`);
    expect(sh('ls').stdout.join(' ')).not.toMatch(/web02/);
    const later = wait(sh.lab(), 60_000);
    expect(run(later, 'ls -1 /vmfs/volumes/ds-vmfs8/web02').stdout).toEqual(['web02-flat.vmdk', 'web02.vmdk']);
    expect(validateLab(later)).toEqual([]);
  });

  it('a thin disk appears at once, every host sees the shared datastore, and what the reader made there stays', () => {
    const sh = shell('vaai-boot-storm');
    sh('mkdir /vmfs/volumes/ds-shared/notes');
    sh('vmkfstools -c 2G -d thin /vmfs/volumes/ds-shared/vm01/extra.vmdk');
    expect(sh('ls /vmfs/volumes/ds-shared/vm01').stdout.join(' ')).toMatch(/extra-flat\.vmdk.*extra\.vmdk/);
    expect(sh('ls -d /vmfs/volumes/ds-shared/notes').exitCode).toBe(0);
    const lab = sh.lab();
    expect(run(lab, 'ls -1 /vmfs/volumes/ds-shared/vm01', 'esx03').stdout).toContain('extra.vmdk');
    expect(run(lab, 'ls -1 /vmfs/volumes/ds-shared', 'esx02').stdout).toHaveLength(30);
  });
});
