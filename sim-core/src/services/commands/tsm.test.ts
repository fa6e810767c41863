import { describe, expect, it } from 'vitest';
import { exec, createLab } from '../../testing/sim';
import type { LabState } from '../../lab/types';
import { run } from '../../testing/lab';

function withTsm(lab: LabState, local: boolean, remote: boolean): LabState {
  const host = lab.hosts.esx01!;
  return { ...lab, hosts: { ...lab.hosts, esx01: { ...host, services: { ...host.services!, tsm: { ...host.services!.tsm, local, remote } } } } };
}

describe('Tech Support Mode in the shell', () => {
  it('with local and remote TSM both off, no shell is offered and nothing runs', () => {
    const lab = withTsm(createLab('managed-host'), false, false);
    const result = exec(lab, 'esx01', '/etc/init.d/hostd stop');
    expect(result.exitCode).toBe(1);
    expect(result.output).toHaveLength(1);
    expect(result.output[0]).toMatchObject({ kind: 'system' });
    expect(result.output[0]!.text).toMatch(/Tech Support Mode is disabled on esx01.*F2.*Troubleshooting Options/);
    expect(result.lab).toBe(lab);
  });

  it('either kind of TSM is enough for a shell', () => {
    expect(run(withTsm(createLab('managed-host'), false, true), 'hostname').stdout).toEqual(['esx01']);
    expect(run(withTsm(createLab('managed-host'), true, false), 'hostname').stdout).toEqual(['esx01']);
  });

  it('logs every command typed to /var/log/messages, and no empty line', () => {
    let lab = createLab('standalone-host');
    for (const line of ['uname -a', '', 'cat /etc/hosts | grep esx01']) lab = exec(lab, 'esx01', line).lab;
    const logged = run(lab, 'grep shell /var/log/messages').stdout;
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatch(/esx01 shell\[\d+\]: uname -a$/);
    expect(logged[1]).toMatch(/shell\[\d+\]: cat \/etc\/hosts \| grep esx01$/);
    expect(logged[2]).toMatch(/shell\[\d+\]: grep shell \/var\/log\/messages$/);
  });

  it('logs what is typed on the boot chapter\'s host as on every host', () => {
    const lab = createLab('after-upgrade');
    const after = exec(lab, 'esx01', 'uname').lab;
    expect(run(after, 'cat /var/log/messages').text).toMatch(/shell\[\d+\]: uname$/m);
  });
});
