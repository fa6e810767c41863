import { describe, expect, it } from 'vitest';
import { createLab, dispatch, exec } from '#sim-core/testing';
import { cdpSummary, switchBoxes, vcenterTarget } from './switch-view';

describe('switch diagram view', () => {
  it('draws a standard vSwitch: port groups with VLAN meaning, VMkernel ports, uplinks', () => {
    const [sw] = switchBoxes(createLab('network-lab'), 'esx01');
    expect(sw).toMatchObject({ name: 'vSwitch0', kind: 'standard vSwitch' });
    expect(sw!.facts).toEqual(['MTU 1500', expect.stringMatching(/^\d+ of \d+ ports used$/), 'CDP listen']);
    expect(sw!.portGroups.find((pg) => pg.name === 'Management Network')!.detail).toContain('VMkernel: vmk0');
    expect(sw!.portGroups[0]!.vlan).toBe('VLAN 0 (none)');
    expect(sw!.uplinks.map((u) => u.label)).toEqual(['vmnic0 · Up 1000 Mb/s', 'vmnic1 · Up 1000 Mb/s']);
  });

  it('draws the dvSwitch on both hosts and follows one vCenter change on both', () => {
    let lab = createLab('dvswitch-lab');
    const vc = vcenterTarget(lab)!;
    expect(vc).toMatchObject({ dvSwitch: 'dvSwitch', hosts: ['esx01', 'esx02'] });
    expect(vc.vcenter).toContain('vc01');
    lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'portgroup-vlan', name: 'VM Network', vlan: 200 } });
    for (const host of ['esx01', 'esx02']) {
      const dvs = switchBoxes(lab, host).find((box) => box.name === 'dvSwitch')!;
      expect(dvs.uplinks[0]!.label).toBe('vmnic0 (dvUplink1) · Up 1000 Mb/s');
      expect(dvs.portGroups.find((pg) => pg.name === 'VM Network')!.vlan).toBe('VLAN 200');
    }
    expect(vcenterTarget(createLab('network-lab'))).toBeNull();
  });

  it('shows every field of the CDP neighbour of an uplink, or why there is none', () => {
    expect(cdpSummary(createLab('network-lab'), 'esx01', '')).toEqual({ text: expect.stringContaining('Focus or select an uplink'), fields: [] });
    const heard = cdpSummary(createLab('network-lab'), 'esx01', 'vmnic1');
    expect(heard.text).toBe('vmnic1 plugs into sw-access-02.lab.local, port GigabitEthernet1/0/12. What its CDP advertisement says:');
    expect(heard.fields.map(([label]) => label)).toEqual(['Device ID', 'Port ID', 'Software Version', 'Hardware Platform', 'IP Address', 'VLAN', 'MTU', 'Duplex', 'Time to Live', 'Timeout', 'Samples', 'Capabilities', 'System Name']);
    expect(Object.fromEntries(heard.fields)).toMatchObject({ 'Port ID': 'GigabitEthernet1/0/12', VLAN: '1', MTU: '1500' });
    const silent = cdpSummary(createLab('cdp-down'), 'esx01', 'vmnic1');
    expect(silent.text).toContain('does not listen');
    expect(silent.fields).toEqual([]);
    const fixed = exec(createLab('cdp-down'), 'esx01', 'esxcfg-vswitch -B listen vSwitch0').lab;
    expect(cdpSummary(fixed, 'esx01', 'vmnic1').text).toContain('GigabitEthernet1/0/12');
  });

  it('says each port group\'s teaming policy and active uplinks, and follows a change of policy', () => {
    let lab = createLab('dvswitch-lab');
    const detail = (host: string) => switchBoxes(lab, host).find((box) => box.name === 'dvSwitch')!.portGroups.find((pg) => pg.name === 'VM Network')!.detail;
    expect(detail('esx01')).toContain('Route based on originating virtual port ID; active vmnic');
    lab = dispatch(lab, { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    for (const host of ['esx01', 'esx02']) expect(detail(host)).toContain('Route based on physical NIC load');
  });

  it('shows the uplinks as the first port group uses them, or the one the reader picked: active, standby, unused', () => {
    const lab = createLab('dvswitch-lab');
    const roles = (picks = {}) => Object.fromEntries(switchBoxes(lab, 'esx01', picks).find((box) => box.name === 'dvSwitch')!.uplinks.map((u) => [u.vmnic, u.role]));
    const dvs = switchBoxes(lab, 'esx01').find((box) => box.name === 'dvSwitch')!;
    expect(dvs.shown).toBe('Management');
    // Management: active dvUplink4 (vmnic3), standby dvUplink3 (vmnic2).
    expect(roles()).toEqual({ vmnic0: 'unused', vmnic1: 'unused', vmnic2: 'standby', vmnic3: 'active' });
    expect(roles({ dvSwitch: 'VM Network' })).toEqual({ vmnic0: 'active', vmnic1: 'active', vmnic2: 'active', vmnic3: 'active' });
    // A pick of a port group the switch no longer has falls back to its first.
    expect(roles({ dvSwitch: 'Gone' })).toEqual(roles());
  });

  it('follows a standard port group\'s failover order set in the shell, and shows a switch with no uplink as such', () => {
    const lab = exec(createLab('network-lab'), 'esx01', 'esxcfg-vswitch -L vmnic2 vSwitch0').lab;
    const [sw] = switchBoxes(lab, 'esx01', { vSwitch0: 'VM Network' });
    expect(sw!.uplinks.map((u) => u.vmnic)).toEqual(['vmnic0', 'vmnic1', 'vmnic2']);
    expect(sw!.uplinks.every((u) => u.role === 'active')).toBe(true);
    const lonely = switchBoxes(createLab('vms-without-uplink'), 'esx01').find((box) => box.name === 'vSwitch1')!;
    expect(lonely).toMatchObject({ shown: 'Web Servers', uplinks: [] });
    expect(lonely.portGroups[0]!.detail).toContain('4 ports used');
  });

  it('offers vCenter the dvSwitch as it is: MTU, CDP mode and each dvPortgroup with its VLAN', () => {
    let lab = createLab('dvswitch-lab');
    lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'cdp', mode: 'both' } });
    const vc = vcenterTarget(lab)!;
    expect(vc).toMatchObject({ mtu: 1500, cdp: 'both' });
    expect(vc.portGroups.map((pg) => pg.name)).toContain('VM Network');
  });
});
