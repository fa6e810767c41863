import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { addableHosts, hostSummary, selectableHosts, treeRows } from './inventory-view';

const VM = (name: string) => `4c8e5d42-1a7b3c90-6e15-001b21a4c8d0/${name}`;

describe('the vCenter inventory view', () => {
  it('lists the datacenter, its cluster, its hosts and their VMs, each status in words', () => {
    const rows = treeRows(createLab('host-profiles'));
    expect(rows[0]).toMatchObject({ kind: 'datacenter', name: 'Datacenter01', level: 0 });
    expect(rows[1]).toMatchObject({ kind: 'cluster', name: 'Cluster01', level: 1, detail: 'cluster, 4 hosts' });
    const esx05 = rows.find((row) => row.host === 'esx05')!;
    expect(esx05).toMatchObject({ level: 2, detail: 'host, disconnected' });
    expect(rows.find((row) => row.name === 'web03')).toMatchObject({ kind: 'vm', level: 3, detail: 'virtual machine, powered on' });
    // esx04 is installed but not in vCenter: it is not in the tree, but can be added.
    expect(selectableHosts(rows)).toEqual(['esx01', 'esx02', 'esx03', 'esx05']);
    expect(addableHosts(createLab('host-profiles'))).toEqual(['esx04']);
  });

  it('shows a host in maintenance mode as such, with an icon that differs from connected, and offers to exit', () => {
    let lab = createLab('host-profiles');
    lab = dispatch(lab, { type: 'vc-vm-migrate', vm: VM('web03'), to: 'esx02' });
    lab = dispatch(lab, { type: 'vc-maintenance', host: 'esx03', action: 'enter' });
    const rows = treeRows(lab);
    const esx03 = rows.find((row) => row.host === 'esx03')!;
    expect(esx03.detail).toBe('host, in maintenance mode');
    expect(esx03.icon).not.toBe(rows.find((row) => row.host === 'esx01')!.icon);
    const summary = hostSummary(lab, 'esx03')!;
    expect(summary.fields).toContainEqual({ label: 'Maintenance mode', value: 'yes' });
    expect(summary.maintenance).toEqual({ label: 'Exit maintenance mode', action: 'exit' });
    expect(summary.vms.map((vm) => vm.name)).toEqual(['db01']);
    expect(hostSummary(lab, 'esx02')!.vms.map((vm) => `${vm.name} ${vm.powerText}`)).toEqual(['web02 powered on', 'web03 powered on']);
  });

  it('offers to power a VM off or on, and to migrate it to the other hosts, by its id', () => {
    const summary = hostSummary(createLab('host-profiles'), 'esx03')!;
    const [web03, db01] = summary.vms;
    expect(web03).toMatchObject({ id: VM('web03'), on: true, powerLabel: 'Power off web03', targets: ['esx01', 'esx02', 'esx05'] });
    expect(db01).toMatchObject({ on: false, powerLabel: 'Power on db01' });
    expect(summary.connection).toEqual({ label: 'Disconnect', action: 'disconnect' });
    expect(hostSummary(createLab('host-profiles'), 'esx05')!.connection.action).toBe('connect');
  });

  it('has no summary for a host vCenter does not manage', () => {
    expect(hostSummary(createLab('host-profiles'), 'esx04')).toBeNull();
    const added = dispatch(createLab('host-profiles'), { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' });
    expect(hostSummary(added, 'esx04')!.fields).toContainEqual({ label: 'Cluster', value: 'Cluster01' });
    expect(addableHosts(added)).toEqual([]);
  });
});
