import { describe, expect, it } from 'vitest';
import type { LabState } from '../../lab/types';
import { createLab } from '../../testing/sim';
import { run } from '../../testing/lab';
import type { NasMount } from '../types';

function withNas(lab: LabState, nas: NasMount[]): LabState {
  const host = lab.hosts.esx01!;
  return { ...lab, hosts: { ...lab.hosts, esx01: { ...host, storage: { ...host.storage, nas } } } };
}

describe('esxcfg-nas', () => {
  it('-l prints each NFS datastore as a 4.1 host does (esxi-facts.md)', () => {
    const lab = createLab('standalone-host');
    const vmk0 = lab.hosts.esx01!.network.vmknics[0]!.ip;
    const server = vmk0.replace(/\.\d+$/, '.29');
    const result = run(withNas(lab, [{ label: 'export_1', server, share: '/vol/export_1' }]), 'esxcfg-nas -l');
    expect(result).toMatchObject({ exitCode: 0, stdout: [`export_1 is /vol/export_1 from ${server} mounted`] });
  });

  it('an NFS server off every VMkernel NIC\'s subnet stays unmounted: 4.1 does not route NFS', () => {
    const lab = withNas(createLab('standalone-host'), [{ label: 'far', server: '10.99.0.29', share: '/vol/far' }]);
    expect(run(lab, 'esxcfg-nas -l').stdout).toEqual(['far is /vol/far from 10.99.0.29 unmounted']);
  });

  it('says when there is none, and that adding and removing is not simulated', () => {
    const lab = createLab('standalone-host');
    expect(run(lab, 'esxcfg-nas -l').stdout).toEqual(['No NAS datastore found']);
    expect(run(lab, 'esxcfg-nas -a -o 10.0.0.29 -s /vol/x x')).toMatchObject({ exitCode: 1, text: expect.stringMatching(/not simulated in this lab/) });
    expect(run(lab, 'esxcfg-nas')).toMatchObject({ exitCode: 1, text: expect.stringMatching(/^Usage: esxcfg-nas/) });
  });
});
