import type { LabState } from '#sim-core/core';
import { hostSummaryView, inventoryTree, type InventoryNode } from '#sim-core/vcenter';
import { INVENTORY_TEXT as text } from './strings';

/**
 * What the vCenter inventory widget shows, as plain data: the same functions feed its server
 * render and its element, so the two cannot drift apart.
 */

/** A mark beside a status, for the eye only: every status is also written out in words. */
const ICONS: Record<string, string> = {
  datacenter: '▦',
  cluster: '◫',
  connected: '●',
  disconnected: '○',
  notResponding: '⚠',
  maintenance: '⚒',
  poweredOn: '▶',
  poweredOff: '■',
};

export interface TreeRow {
  key: string;
  kind: InventoryNode['kind'];
  name: string;
  /** 0 for the datacenter, 1 for a cluster or a host outside any cluster, and so on. */
  level: number;
  icon: string;
  /** The status in words ("in maintenance mode"), or what the node holds ("3 hosts"). */
  detail: string;
  /** A host row: the host a click selects. */
  host?: string;
}

const statusWords = (status: string) => text.status[status] ?? status;

function detailOf(node: InventoryNode): string {
  if (node.kind === 'datacenter') return text.kinds.datacenter;
  if (node.kind === 'cluster') return `${text.kinds.cluster}, ${text.clusterHosts(node.children.filter((child) => child.kind === 'host').length)}`;
  return `${text.kinds[node.kind]}, ${statusWords(node.status)}`;
}

/** The inventory tree, depth first, one row per node. */
export function treeRows(lab: LabState): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (node: InventoryNode, level: number) => {
    rows.push({
      key: `${node.kind}:${node.id}`,
      kind: node.kind,
      name: node.name,
      level,
      icon: (node.kind === 'datacenter' || node.kind === 'cluster' ? ICONS[node.kind] : ICONS[node.status]) ?? '',
      detail: detailOf(node),
      ...(node.kind === 'host' ? { host: node.id } : {}),
    });
    for (const child of node.children) walk(child, level + 1);
  };
  walk(inventoryTree(lab), 0);
  return rows;
}

/** The hosts a reader can select, in tree order. */
export const selectableHosts = (rows: readonly TreeRow[]): string[] => rows.flatMap((row) => (row.host ? [row.host] : []));

export interface VmRow {
  /** The VM's id, which the events name. */
  id: string;
  name: string;
  on: boolean;
  powerText: string;
  powerLabel: string;
  migrateLabel: string;
  /** Hosts it could be moved to (vCenter says whether it may). */
  targets: string[];
}

export interface HostSummaryModel {
  host: string;
  title: string;
  fields: { label: string; value: string }[];
  maintenance: { label: string; action: 'enter' | 'exit' };
  connection: { label: string; action: 'connect' | 'disconnect' };
  vms: VmRow[];
}

function hostNode(lab: LabState, host: string): InventoryNode | undefined {
  const find = (node: InventoryNode): InventoryNode | undefined => (node.kind === 'host' && node.id === host ? node : node.children.map(find).find(Boolean));
  return find(inventoryTree(lab));
}

/** The selected host's summary and the actions vCenter offers on it, or null for a host outside the inventory. */
export function hostSummary(lab: LabState, host: string): HostSummaryModel | null {
  const node = hostNode(lab, host);
  if (!node) return null;
  const view = hostSummaryView(lab, host);
  const others = selectableHosts(treeRows(lab)).filter((id) => id !== host);
  const vms = node.children.filter((child) => child.kind === 'vm').map((vm): VmRow => {
    const on = vm.status === 'poweredOn';
    return { id: vm.id, name: vm.name, on, powerText: statusWords(vm.status), powerLabel: on ? text.powerOff(vm.name) : text.powerOn(vm.name), migrateLabel: text.migrateTo(vm.name), targets: others };
  });
  return {
    host,
    title: text.summary(view.name),
    fields: [
      { label: text.fields.version, value: text.versionValue(view.version, view.build) },
      { label: text.fields.connection, value: statusWords(view.connection) },
      { label: text.fields.maintenance, value: view.inMaintenanceMode ? text.yes : text.no },
      { label: text.fields.cluster, value: view.cluster ?? text.notInCluster },
      { label: text.fields.profile, value: view.profile ?? text.none },
      { label: text.fields.compliance, value: view.compliance ?? (view.profile ? text.notChecked : text.none) },
    ],
    maintenance: view.inMaintenanceMode ? { label: text.exitMaintenance, action: 'exit' } : { label: text.enterMaintenance, action: 'enter' },
    connection: view.connection === 'connected' ? { label: text.disconnect, action: 'disconnect' } : { label: text.connect, action: 'connect' },
    vms,
  };
}

/** Hosts that can be added to a cluster: the lab's hosts vCenter does not manage yet, and managed hosts outside any cluster. */
export function addableHosts(lab: LabState): string[] {
  return Object.keys(lab.hosts).filter((id) => !Object.hasOwn(lab.vcenter.hosts, id) || lab.vcenter.hosts[id]!.cluster === null);
}
