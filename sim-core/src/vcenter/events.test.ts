import { describe, expect, it } from 'vitest';
import type { LabState } from '../lab/types';
import { run } from '../testing/lab';
import { createLab, sim, validateLab } from '../testing/sim';
import { applyPlan, checkCompliance, complianceBoard, hostSummaryView, inventoryTree, profilesOf } from '.';

/** Dispatches events in turn, failing the test on a refusal. */
function play(lab: LabState, ...events: object[]): LabState {
  return events.reduce<LabState>((next, event) => {
    const outcome = sim.dispatch(next, event);
    expect(outcome.refused, JSON.stringify(event)).toBeUndefined();
    return outcome.lab;
  }, lab);
}
const refusal = (lab: LabState, event: object) => sim.dispatch(lab, event).refused;
const gold = (lab = createLab('host-profiles')) => play(lab, { type: 'profile-create', name: 'Gold', fromHost: 'esx01' }, { type: 'profile-attach', profile: 'Gold', target: 'Cluster01' });
const stateOf = (lab: LabState, host: string) => complianceBoard(lab, 'Gold').find((result) => result.host === host)?.state;

describe('the host-profiles lab', () => {
  it('shows Datacenter01 > Cluster01 with four hosts and their VMs; esx04 is not in vCenter yet', () => {
    const lab = createLab('host-profiles');
    expect(validateLab(lab)).toEqual([]);
    const tree = inventoryTree(lab);
    expect(tree.name).toBe('Datacenter01');
    const cluster = tree.children[0]!;
    expect(cluster.name).toBe('Cluster01');
    expect(cluster.children.map((host) => [host.id, host.status])).toEqual([['esx01', 'connected'], ['esx02', 'connected'], ['esx03', 'connected'], ['esx05', 'disconnected']]);
    expect(cluster.children[2]!.children.map((vm) => [vm.name, vm.status])).toEqual([['web03', 'poweredOn'], ['db01', 'poweredOff']]);
    expect(JSON.stringify(tree)).not.toContain('esx04');
    // The hosts' own record follows the inventory: vpxa reports to vc01 on the managed hosts only.
    expect(lab.hosts.esx01!.services.managedBy).toBe('vc01.lab.local');
    expect(lab.hosts.esx04!.services.managedBy).toBeNull();
  });
});

describe('host profiles: the reader\'s story', () => {
  it('a check finds esx03 Noncompliant with a reason per difference, esx05 Unknown, the others Compliant', () => {
    const lab = play(gold(), { type: 'profile-check', profile: 'Gold' });
    expect(profilesOf(lab)).toEqual([{ name: 'Gold', referenceHost: 'esx01', attachedTo: ['Cluster01'] }]);
    expect(complianceBoard(lab, 'Gold').map((result) => [result.host, result.state])).toEqual([['esx01', 'Compliant'], ['esx02', 'Compliant'], ['esx03', 'Noncompliant'], ['esx05', 'Unknown']]);
    const esx03 = complianceBoard(lab, 'Gold').find((result) => result.host === 'esx03')!;
    const reasons = Object.fromEntries(esx03.cells.map((cell) => [cell.subProfile, cell.reasons]));
    expect(reasons.networking).toEqual(['vSwitch1 MTU is 1500; the profile says 9000']);
    expect(reasons.advanced).toEqual(['DataMover.HardwareAcceleratedMove is 0; the profile says 1']);
    expect(reasons.services).toEqual(['Remote Tech Support Mode is on; the profile says off']);
    expect(esx03.cells.find((cell) => cell.subProfile === 'memory')!.state).toBe('Compliant');
  });

  it('before any check the board is empty; a widget may check by names, and gets Unknown for names it does not know', () => {
    const lab = gold();
    expect(complianceBoard(lab, 'Gold')).toEqual([]);
    const byName = checkCompliance('Gold', 'esx03', lab);
    expect(byName).toEqual(checkCompliance(lab.vcenter.profiles[0]!, lab.hosts.esx03!, lab));
    expect(byName.state).toBe('Noncompliant');
    expect(checkCompliance('Nope', 'esx03', lab).state).toBe('Unknown');
    expect(checkCompliance('Gold', 'esx09', lab).cells[0]!.reasons).toEqual(['esx09 is not managed by vCenter Server: vCenter Server cannot check it']);
  });

  it('apply waits for maintenance mode, which waits for the running VM to leave; then esx03 is Compliant and its shell shows it', () => {
    let lab = gold();
    expect(applyPlan(lab, 'Gold', 'esx03').blockedBecause).toMatch(/^InvalidState: esx03 must be in maintenance mode/);
    const blocked = refusal(lab, { type: 'profile-apply', profile: 'Gold', host: 'esx03', values: {} });
    expect(blocked?.message).toMatch(/maintenance mode/);
    expect(refusal(lab, { type: 'vc-maintenance', host: 'esx03', action: 'enter' })?.message).toMatch(/web03\. Power them off, or migrate them/);
    lab = play(lab, { type: 'vc-vm-migrate', vm: 'web03', to: 'esx02' }, { type: 'vc-maintenance', host: 'esx03', action: 'enter' });
    expect(hostSummaryView(lab, 'esx03').inMaintenanceMode).toBe(true);
    expect(applyPlan(lab, 'Gold', 'esx03').blockedBecause).toBeNull();
    lab = play(lab, { type: 'profile-apply', profile: 'Gold', host: 'esx03', values: {} }, { type: 'profile-check', profile: 'Gold' });
    expect(stateOf(lab, 'esx03')).toBe('Compliant');
    expect(run(lab, 'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove', 'esx03').text).toBe('Value of HardwareAcceleratedMove is 1');
    expect(run(lab, 'esxcfg-vswitch -l', 'esx03').text).toMatch(/vSwitch1\s+128\s+\d+\s+128\s+9000/);
    expect(lab.hosts.esx03!.services.tsm.remote).toBe(false);
    expect(validateLab(lab)).toEqual([]);
  });

  it('a change in the shell afterwards makes the next check Noncompliant', () => {
    let lab = play(gold(), { type: 'profile-check', profile: 'Gold' });
    lab = run(lab, 'esxcfg-vswitch -m 1500 vSwitch1', 'esx02').lab;
    lab = run(lab, 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedMove', 'esx02').lab;
    expect(stateOf(lab, 'esx02')).toBe('Compliant'); // the board shows the last check until the next one
    lab = play(lab, { type: 'profile-check', profile: 'Gold' });
    const cells = complianceBoard(lab, 'Gold').find((result) => result.host === 'esx02')!.cells;
    expect(cells.flatMap((cell) => cell.reasons)).toEqual(['vSwitch1 MTU is 1500; the profile says 9000', 'DataMover.HardwareAcceleratedMove is 0; the profile says 1']);
  });

  it('a new host added to the attached cluster is attached, not configured; the wizard asks for its vmk1 address and refuses a bad one', () => {
    let lab = play(gold(), { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' }, { type: 'profile-check', profile: 'Gold' });
    expect(stateOf(lab, 'esx04')).toBe('Noncompliant');
    lab = play(lab, { type: 'vc-maintenance', host: 'esx04', action: 'enter' });
    const plan = applyPlan(lab, 'Gold', 'esx04');
    expect(plan.asks).toEqual([{ key: 'vmk1.ip', label: 'IP address of vmk1 (port group vMotion) on esx04', suggested: '192.168.20.14' }]);
    expect(plan.changes.map((change) => change.text)).toContain('Create vSwitch1 (MTU 9000) with its port groups');
    const apply = (ip: string) => sim.dispatch(lab, { type: 'profile-apply', profile: 'Gold', host: 'esx04', values: { 'vmk1.ip': ip } });
    expect(apply('192.168.20.300').refused?.message).toMatch(/not an IPv4 address/);
    expect(apply('192.168.20.12').refused?.message).toMatch(/already used by vmk1 on esx02/);
    expect(apply('192.168.20.255').refused?.message).toMatch(/broadcast/);
    expect(sim.dispatch(lab, { type: 'profile-apply', profile: 'Gold', host: 'esx04', values: {} }).refused?.message).toMatch(/needs a value/);
    expect(apply('192.168.20.300').lab).toBe(lab);
    lab = play(apply('192.168.20.14').lab, { type: 'profile-check', profile: 'Gold' });
    expect(stateOf(lab, 'esx04')).toBe('Compliant');
    expect(run(lab, 'esxcfg-vmknic -l', 'esx04').text).toMatch(/vmk1\s+vMotion\s+IPv4\s+192\.168\.20\.14/);
  });

  it('a disconnected host can be neither checked nor changed: Unknown, and apply says why', () => {
    const lab = gold();
    expect(applyPlan(lab, 'Gold', 'esx05').blockedBecause).toBe('esx05 is disconnected: vCenter Server cannot apply a profile to it.');
    const connected = play(lab, { type: 'vc-connection', host: 'esx05', action: 'connect' }, { type: 'profile-check', profile: 'Gold' });
    expect(stateOf(connected, 'esx05')).not.toBe('Unknown');
    // A host whose hostd stopped does not respond to vCenter either.
    const stopped = play(run(lab, '/etc/init.d/hostd stop', 'esx02').lab, { type: 'profile-check', profile: 'Gold' });
    expect(complianceBoard(stopped, 'Gold').find((result) => result.host === 'esx02')!.cells[0]!.reasons[0]).toMatch(/esx02 is not responding/);
  });
});

describe('vCenter refuses what it cannot do, changing nothing', () => {
  const lab = createLab('host-profiles');
  it.each([
    [{ type: 'vc-maintenance', host: 'esx04', action: 'enter' }, /not in vCenter's inventory/],
    [{ type: 'vc-maintenance', host: 'esx05', action: 'enter' }, /disconnected/],
    [{ type: 'vc-maintenance', host: 'esx01', action: 'exit' }, /not in maintenance mode/],
    [{ type: 'vc-maintenance', host: 'esx01', action: 'sideways' }, /"enter" or "exit"/],
    [{ type: 'vc-vm-power', vm: 'web09', action: 'on' }, /no virtual machine named web09/],
    [{ type: 'vc-vm-power', vm: 'web01', action: 'on' }, /already powered on/],
    [{ type: 'vc-vm-migrate', vm: 'web01', to: 'esx01' }, /already runs on esx01/],
    [{ type: 'vc-vm-migrate', vm: 'web01', to: 'esx04' }, /not in vCenter's inventory/],
    [{ type: 'vc-add-host', host: 'esx04', cluster: 'Cluster09' }, /no cluster named Cluster09/],
    [{ type: 'vc-add-host', host: 'esx01', cluster: 'Cluster01' }, /already in Cluster01/],
    [{ type: 'vc-connection', host: 'esx01', action: 'connect' }, /already connected/],
    [{ type: 'profile-create', name: '', fromHost: 'esx01' }, /1 to 80 characters/],
    [{ type: 'profile-create', name: 'P', fromHost: 'esx05' }, /disconnected/],
    [{ type: 'profile-attach', profile: 'Nope', target: 'Cluster01' }, /no host profile named Nope/],
    [{ type: 'profile-check', profile: 42 }, /profile to be a string/],
  ])('%j', (event, message) => {
    const outcome = sim.dispatch(lab, event);
    expect(outcome.refused?.message).toMatch(message);
    expect(outcome.lab).toBe(lab);
  });

  it('a profile with nothing attached cannot be checked; a host follows one profile', () => {
    const made = play(lab, { type: 'profile-create', name: 'Gold', fromHost: 'esx01' }, { type: 'profile-create', name: 'Silver', fromHost: 'esx02' });
    expect(refusal(made, { type: 'profile-check', profile: 'Gold' })?.message).toMatch(/Nothing is attached to Gold/);
    expect(refusal(made, { type: 'profile-create', name: 'Gold', fromHost: 'esx02' })?.message).toMatch(/already exists/);
    expect(refusal(made, { type: 'profile-apply', profile: 'Gold', host: 'esx02', values: {} })?.message).toMatch(/esx02 is not attached to Gold \(directly or through its cluster\): attach it first/);
    expect(refusal(made, { type: 'profile-apply', profile: 'Gold', host: 'esx02', values: ['x'] })?.message).toMatch(/values to be an object of strings/);
    const attached = play(made, { type: 'profile-attach', profile: 'Gold', target: 'Cluster01' });
    expect(refusal(attached, { type: 'profile-attach', profile: 'Silver', target: 'esx02' })?.message).toMatch(/attached to profile Gold: detach it there first/);
    const moved = play(attached, { type: 'profile-detach', profile: 'Gold', target: 'Cluster01' }, { type: 'profile-attach', profile: 'Silver', target: 'esx02' });
    expect(hostSummaryView(moved, 'esx02').profile).toBe('Silver');
    expect(hostSummaryView(moved, 'esx01').profile).toBeNull();
  });

  it('a VM powers off and on; a host in maintenance mode takes no VM, powered on or moved in', () => {
    let next = play(lab, { type: 'vc-vm-power', vm: 'web03', action: 'off' }, { type: 'vc-maintenance', host: 'esx03', action: 'enter' });
    expect(hostSummaryView(next, 'esx03').vms).toEqual([{ name: 'web03', power: 'poweredOff' }, { name: 'db01', power: 'poweredOff' }]);
    expect(refusal(next, { type: 'vc-vm-power', vm: 'db01', action: 'on' })?.message).toMatch(/maintenance mode/);
    expect(refusal(next, { type: 'vc-vm-migrate', vm: 'web01', to: 'esx03' })?.message).toMatch(/esx03 is in maintenance mode/);
    next = play(next, { type: 'vc-maintenance', host: 'esx03', action: 'exit' }, { type: 'vc-vm-power', vm: 'web03', action: 'on' });
    expect(hostSummaryView(next, 'esx03').vms[0]).toEqual({ name: 'web03', power: 'poweredOn' });
  });

  it('a VM running on a host that reboots is off afterwards', () => {
    const rebooted = sim.tick(run(lab, 'reboot', 'esx01').lab, 5 * 60_000);
    expect(rebooted.hosts.esx01!.console.screen).toBe('running');
    expect(hostSummaryView(rebooted, 'esx01').vms).toEqual([{ name: 'web01', power: 'poweredOff' }]);
  });
});
