import { describe, expect, it } from 'vitest';
import { run } from '../testing/lab';
import { createLab, sim } from '../testing/sim';
import { clustersOf, hostSummaryView, hostsOutsideVcenter, inventoryTree } from '.';

const lab = createLab('host-profiles');
const hostStatus = (l: typeof lab, id: string) => inventoryTree(l).children[0]!.children.find((node) => node.id === id)?.status;

describe('the inventory and host summary views', () => {
  it('a host in maintenance mode, stopped agents and a host being rebooted each show as vCenter shows them', () => {
    const entered = run(lab, 'vim-cmd hostsvc/maintenance_mode_enter', 'esx04').lab;
    expect(inventoryTree(entered).children.some((node) => node.id === 'esx04')).toBe(false); // not in vCenter's inventory yet
    const added = sim.dispatch(entered, { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' }).lab;
    expect(hostStatus(added, 'esx04')).toBe('maintenance');
    expect(hostStatus(run(lab, '/etc/init.d/vpxa stop', 'esx02').lab, 'esx02')).toBe('notResponding');
    expect(hostStatus(run(lab, 'reboot', 'esx01').lab, 'esx01')).toBe('notResponding');
  });

  it('the summary of esx03: version, build, cluster, VMs and no profile yet', () => {
    expect(hostSummaryView(lab, 'esx03')).toEqual({
      host: 'esx03', name: 'esx03.lab.local', version: '4.1.0', build: '348481', connection: 'connected', inMaintenanceMode: false, cluster: 'Cluster01',
      vms: [{ name: 'web03', power: 'poweredOn' }, { name: 'db01', power: 'poweredOff' }], profile: null, compliance: null,
    });
    expect(hostSummaryView(lab, 'esx05').connection).toBe('disconnected');
  });

  it('a VM moved with vMotion shows under its new host, in the tree and in getallvms', () => {
    const moved = sim.dispatch(lab, { type: 'vc-vm-migrate', vm: 'web03', to: 'esx01' }).lab;
    const esx01 = inventoryTree(moved).children[0]!.children.find((node) => node.id === 'esx01')!;
    expect(esx01.children.map((vm) => [vm.name, vm.status])).toEqual([['web01', 'poweredOn'], ['web03', 'poweredOn']]);
    expect(run(moved, 'vim-cmd vmsvc/getallvms', 'esx01').stdout.slice(1).map((row) => row.split(/\s{3,}/)[1])).toEqual(['web01', 'web03']);
    expect(run(moved, 'vim-cmd vmsvc/getallvms', 'esx03').stdout.slice(1).map((row) => row.split(/\s{3,}/)[1])).toEqual(['db01']);
  });

  it('offers the hosts vCenter does not manage yet, and its clusters', () => {
    expect(hostsOutsideVcenter(lab)).toEqual(['esx04']);
    expect(clustersOf(lab)).toEqual(['Cluster01']);
    expect(hostsOutsideVcenter(sim.dispatch(lab, { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' }).lab)).toEqual([]);
  });

  it('standalone labs have an empty datacenter; the managed ones Cluster01 with their hosts', () => {
    expect(inventoryTree(createLab('after-upgrade'))).toEqual({ kind: 'datacenter', id: 'Datacenter01', name: 'Datacenter01', status: '', children: [] });
    expect(inventoryTree(createLab('two-host-cluster')).children[0]!.children.map((node) => node.id)).toEqual(['esx01', 'esx02']);
  });
});
