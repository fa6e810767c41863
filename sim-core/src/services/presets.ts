/** The services chapter's labs: how each differs from a default standalone host. */
import { LAB_EPOCH_MS } from '../lab/epoch';
import type { Preset } from '../lab/preset-types';
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { buildTree, setNode } from '../vfs/tree';
import { cluster } from '../vcenter/cluster';
import { setService, withServices } from './actions';

/** hostd stopped twenty minutes before the lab starts. */
const hostdStopped = (lab: LabState): LabState => withHost(lab, setService(lab.hosts.esx01!, LAB_EPOCH_MS - 20 * 60_000, 'hostd', false));

/** Where hostd keeps its realtime statistics: the hostdstats ramdisk (boot/rootfs.ts). */
export const HOSTD_STATS_DIR = '/var/lib/vmware/hostd/stats';
const MB = 1024 * 1024;

/**
 * hostdstats full (125 MB of statistics on its 41 MB base use fill its 166 MB) and hostd down
 * with it, as in the real 4.1 failure (esxi-facts.md). The files' names are the lab's own.
 */
function hostdStatsFull(lab: LabState): LabState {
  const host = lab.hosts.esx01!;
  const stats = buildTree(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`hostAgentStats-${String(i + 1).padStart(2, '0')}.stats`, 5 * MB])));
  const filled = { ...host, vfs: { ...host.vfs, root: setNode(host.vfs.root, HOSTD_STATS_DIR, stats) } };
  // Failed, not stopped by anyone: no "root: hostd stopped" line in the log.
  return withHost(lab, withServices(filled, (services) => ({ ...services, running: { ...services.running, hostd: false } })));
}

const twoHosts = [{ id: 'esx01' }, { id: 'esx02' }];

export const SERVICES_PRESETS: readonly Preset[] = [
  {
    id: 'standalone-host',
    title: 'A standalone host',
    description: 'esx01 runs 4.1 Update 1 on its own: no vCenter, no HA cluster. Local Tech Support Mode is on, remote (SSH) is off.',
  },
  {
    id: 'managed-host',
    title: 'A host managed by vCenter',
    description: 'esx01 runs 4.1 Update 1, managed by vCenter Server vc01 (vpxa runs), in HA cluster Cluster01, with software iSCSI and a vMotion interface. Local Tech Support Mode is on, remote (SSH) is off.',
    build: (lab) => cluster(lab, ['esx01']),
  },
  {
    id: 'hostd-stopped',
    title: 'A host whose hostd has stopped',
    description: 'esx01 is managed by vCenter, but its host agent hostd is not running.',
    build: (lab) => hostdStopped(cluster(lab, ['esx01'])),
  },
  {
    id: 'hostdstats-full',
    title: 'A host whose hostdstats ramdisk is full',
    description: 'esx01 is managed by vCenter; hostd\'s statistics have filled the hostdstats ramdisk, and hostd has failed.',
    build: (lab) => hostdStatsFull(cluster(lab, ['esx01'])),
  },
  {
    id: 'two-host-cluster',
    title: 'Two hosts in a cluster',
    description: 'esx01 and esx02 run 4.1 Update 1 in HA cluster Cluster01, managed by vCenter vc01. esx01 has vMotion enabled on vmk1; esx02 has a vmk1 too.',
    hosts: twoHosts,
    build: (lab) => cluster(lab, ['esx01']),
  },
];
