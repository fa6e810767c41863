import { describe, expect, it } from 'vitest';
import { createLab, dispatch, exec } from '#sim-core';
import { cdpPanel, parseVlan, switchBoxes, vcenterTarget } from './switch-view';

describe('switch diagram view', () => {
  it('draws a standard vSwitch: port groups with VLAN meaning, VMkernel ports, uplinks', () => {
    const [sw] = switchBoxes(createLab('network-lab'), 'esx01');
    expect(sw).toMatchObject({ name: 'vSwitch0', kind: 'standard vSwitch' });
    expect(sw!.summary).toContain('MTU 1500');
    expect(sw!.portGroups.find((pg) => pg.name === 'Management Network')!.detail).toContain('VMkernel: vmk0');
    expect(sw!.portGroups[0]!.detail).toContain('VLAN 0 (none)');
    expect(sw!.uplinks.map((u) => u.label)).toEqual(['vmnic0 · Up 1000 Mb/s', 'vmnic1 · Up 1000 Mb/s']);
  });

  it('draws the dvSwitch on both hosts and follows one vCenter change on both', () => {
    let lab = createLab('dvswitch-lab');
    const vc = vcenterTarget(lab)!;
    expect(vc).toMatchObject({ dvSwitch: 'dvSwitch', hosts: ['esx01', 'esx02'] });
    expect(vc.vcenter).toContain('vc01');
    lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'portgroup-vlan', name: 'VM Network', vlan: 200 } });
    for (const host of ['esx01', 'esx02']) {
      const dvs = switchBoxes(lab, host).find((box) => box.key === 'distributed:dvSwitch')!;
      expect(dvs.uplinks[0]!.label).toBe('vmnic0 (dvUplink1) · Up 1000 Mb/s');
      expect(dvs.portGroups.find((pg) => pg.name === 'VM Network')!.detail).toContain('VLAN 200');
    }
    expect(vcenterTarget(createLab('network-lab'))).toBeNull();
  });

  it('shows the CDP neighbour of an uplink, or why there is none', () => {
    expect(cdpPanel(createLab('network-lab'), 'esx01', null).fields).toEqual([]);
    const heard = cdpPanel(createLab('network-lab'), 'esx01', 'vmnic1');
    expect(heard.summary).toBe('vmnic1 plugs into sw-access-02, port GigabitEthernet1/0/12.');
    expect(heard.fields[0]).toEqual(['Device ID', 'sw-access-02.lab.local']);
    const deaf = cdpPanel(createLab('cdp-down'), 'esx01', 'vmnic1');
    expect(deaf.summary).toContain('does not listen');
    const fixed = exec(createLab('cdp-down'), 'esx01', 'esxcfg-vswitch -B listen vSwitch0').lab;
    expect(cdpPanel(fixed, 'esx01', 'vmnic1').summary).toContain('GigabitEthernet1/0/12');
  });

  it('reads a VLAN ID', () => {
    expect(parseVlan('4095')).toBe(4095);
    expect(parseVlan('4096')).toBeNull();
    expect(parseVlan('1a')).toBeNull();
  });
});
