import { describe, expect, it } from 'vitest';
import { baseKit } from '../kits/base';
import { commands as baseCommands, interpreter } from '../kits/base-commands';
import { createSim } from '../sim/create-sim';
import { KIT_SHAPES } from '../kits/shapes';
import { SHELL_TEXT } from '../messages/shell';
import { createLab, presetIds } from '../testing/sim';
import { run } from '../testing/lab';
import { ESXCLI41, ESXI41_COMMANDS, esxcliLookup } from './catalogue';

const notFound = (name: string) => SHELL_TEXT.notFound(name);

describe('the command catalogue: ESXi 4.1\'s commands decide what the shell knows', () => {
  it('every command a kit simulates is a 4.1 command (the lab offers nothing 4.1 lacks)', () => {
    const simulated = [baseKit, ...KIT_SHAPES].flatMap((kit) => kit.commandNames);
    expect(simulated.filter((name) => !ESXI41_COMMANDS.includes(name))).toEqual([]);
  });

  it.each(presetIds())('on %s, every 4.1 command answers: simulated or "not simulated", never "not found"', (preset) => {
    const lab = createLab(preset);
    const host = Object.keys(lab.hosts)[0]!;
    const missing = ESXI41_COMMANDS.filter((name) => run(lab, name, host).text.includes(notFound(name)));
    expect(missing).toEqual([]);
  });

  it('the 4.1 commands the lab does not model say so, by name and by path', () => {
    const lab = createLab('standalone-host');
    for (const name of ['ethtool', 'vmkchdev', 'esxcfg-swiscsi', 'esxcfg-hwiscsi', 'esxcfg-volume', 'esxcfg-dumppart', 'esxcfg-rescan', 'vsish']) {
      expect(run(lab, `${name} -l`)).toMatchObject({ exitCode: 127, text: SHELL_TEXT.notSimulated(name) });
    }
    expect(run(lab, '/sbin/vsish').text).toBe(SHELL_TEXT.notSimulated('/sbin/vsish'));
  });

  it('commands 4.1 lacks answer as ash does: classic ESX\'s and 5.x\'s', () => {
    const lab = createLab('standalone-host');
    for (const name of ['esxcfg-firewall', 'localcli', 'esxcfg-ipsec', 'vmware-autostart', 'nosuchcommand']) {
      expect(run(lab, name)).toMatchObject({ exitCode: 127, text: notFound(name) });
    }
  });

  it('esxcli knows 4.1\'s namespaces only: 5.x ones get esxcli\'s unknown-namespace error, 4.1 ones "not simulated"', () => {
    const lab = createLab('standalone-host');
    const fivex = run(lab, 'esxcli network nic list');
    expect(fivex.exitCode).toBe(1);
    expect(fivex.text).toBe('Error: Unknown command or namespace network nic');
    expect(run(lab, 'esxcli storage core device list').text).toBe('Error: Unknown command or namespace storage');
    expect(run(lab, 'esxcli software vib list').text).toBe('Error: Unknown command or namespace software');
    const nmp = run(lab, 'esxcli nmp device list');
    expect(nmp.exitCode).toBe(1);
    expect(nmp.text).toMatch(/^esxcli nmp device list: not simulated in this lab/);
    expect(run(lab, 'esxcli corestorage device list').text).toMatch(/^mpx\.vmhba1:C0:T0:L0$/m);
  });

  it('works on a page with only the shell fetched: kits\' names ask for their code, the rest answer at once', () => {
    const page = createSim([{ ...baseKit, commands: baseCommands, interpreter }, ...KIT_SHAPES]);
    const lab = page.createLab('after-upgrade');
    expect(page.exec(lab, 'esx01', 'esxcfg-nas -l').needs).toEqual(['storage']);
    expect(page.exec(lab, 'esx01', 'vim-cmd vmsvc/getallvms').needs).toEqual(['services']);
    expect(page.exec(lab, 'esx01', 'ethtool vmnic0')).toMatchObject({ needs: [], exitCode: 127, output: [{ kind: 'stderr', text: SHELL_TEXT.notSimulated('ethtool') }] });
    expect(page.exec(lab, 'esx01', 'localcli')).toMatchObject({ needs: [], exitCode: 127, output: [{ kind: 'stderr', text: notFound('localcli') }] });
  });

  it('looks esxcli words up level by level', () => {
    expect(esxcliLookup(['swiscsi', 'nic', 'list'])).toEqual({ kind: 'command', path: 'swiscsi nic list' });
    expect(esxcliLookup(['nmp'])).toEqual({ kind: 'incomplete', words: ['nmp'] });
    expect(esxcliLookup(['nmp', 'device', 'remove'])).toEqual({ kind: 'unknown', words: ['nmp', 'device', 'remove'] });
    expect(esxcliLookup(['constructor'])).toEqual({ kind: 'unknown', words: ['constructor'] });
    expect(Object.keys(ESXCLI41)).toEqual(expect.arrayContaining(['corestorage', 'nmp', 'swiscsi']));
    expect(Object.keys(ESXCLI41)).not.toContain('storage');
  });
});
