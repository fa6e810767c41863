/** The services chapter's labs: how each differs from a default standalone host. */
import { LAB_EPOCH_MS } from '../lab/epoch';
import type { Preset } from '../lab/preset-types';
import type { LabState } from '../lab/types';
import { withHost } from '../lab/with-host';
import { cluster } from '../vcenter/cluster';
import { setService } from './actions';

/** hostd stopped twenty minutes before the lab starts. */
const hostdStopped = (lab: LabState): LabState => withHost(lab, setService(lab.hosts.esx01!, LAB_EPOCH_MS - 20 * 60_000, 'hostd', false));

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
    id: 'two-host-cluster',
    title: 'Two hosts in a cluster',
    description: 'esx01 and esx02 run 4.1 Update 1 in HA cluster Cluster01, managed by vCenter vc01. esx01 has vMotion enabled on vmk1; esx02 has a vmk1 too.',
    hosts: twoHosts,
    build: (lab) => cluster(lab, ['esx01']),
  },
];
