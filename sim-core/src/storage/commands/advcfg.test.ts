import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '../../testing/sim';
import { run, shell } from '../../testing/lab';

const MOVE = '/DataMover/HardwareAcceleratedMove';
const esxConf = (sh: ReturnType<typeof shell>) => sh('cat /etc/vmware/esx.conf').stdout;

describe('esxcfg-advcfg -s (esxi-facts.md, second research pass)', () => {
  it('prints nothing, and -g then reads the new value', () => {
    const sh = shell('vaai-lab');
    expect(sh(`esxcfg-advcfg -s 0 ${MOVE}`)).toEqual({ exitCode: 0, stdout: [], stderr: [], clearScreen: false });
    expect(sh(`esxcfg-advcfg -g ${MOVE}`).stdout).toEqual(['Value of HardwareAcceleratedMove is 0']);
  });

  it('writes the value into /etc/vmware/esx.conf at once, as /adv/<Group>/<Name> = "<value>"', () => {
    const sh = shell('vaai-lab');
    expect(esxConf(sh).filter((line) => line.startsWith('/adv/DataMover/'))).toEqual([]);
    sh(`esxcfg-advcfg -s 0 ${MOVE}`);
    sh('esxcfg-advcfg -s 0 /VMFS3/HardwareAcceleratedLocking');
    expect(esxConf(sh)).toContain('/adv/DataMover/HardwareAcceleratedMove = "0"');
    expect(esxConf(sh)).toContain('/adv/VMFS3/HardwareAcceleratedLocking = "0"');
    sh(`esxcfg-advcfg -s 1 ${MOVE}`);
    expect(esxConf(sh).filter((line) => line.includes('HardwareAcceleratedMove'))).toEqual([]);
    expect(esxConf(sh)).toContain('/adv/Misc/HostName = "esx01"');
  });

  it('a refused value leaves esx.conf as it was', () => {
    const sh = shell('vaai-lab');
    const before = esxConf(sh);
    expect(sh(`esxcfg-advcfg -s 7 ${MOVE}`).exitCode).toBe(1);
    expect(esxConf(sh)).toEqual(before);
  });

  it('the file the boot writes from the host\'s configuration says the same: the value survives a reboot', () => {
    let lab = run(createLab('vaai-lab'), 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedInit').lab;
    lab = dispatch(dispatch(lab, { type: 'power', host: 'esx01', action: 'reboot' }), { type: 'tick', ms: 600_000 });
    expect(lab.hosts.esx01!.console.screen).toBe('running');
    expect(run(lab, 'grep /adv/DataMover /etc/vmware/esx.conf').stdout).toEqual(['/adv/DataMover/HardwareAcceleratedInit = "0"']);
  });

  it('a lab built with an option off has it in esx.conf from the start; the VAAI lab\'s switch writes it too', () => {
    expect(run(createLab('vaai-move-off'), 'grep HardwareAcceleratedMove /etc/vmware/esx.conf').stdout).toEqual(['/adv/DataMover/HardwareAcceleratedMove = "0"']);
    const switched = dispatch(createLab('vaai-lab'), { type: 'storage-setting', host: 'esx01', name: '/VMFS3/HardwareAcceleratedLocking', value: 0 });
    expect(run(switched, 'grep Locking /etc/vmware/esx.conf').stdout).toEqual(['/adv/VMFS3/HardwareAcceleratedLocking = "0"']);
  });
});
