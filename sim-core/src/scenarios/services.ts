import type { LabState } from '../lab/types';
import { tryConnection } from '../services/connections';
import { HOSTD_STATS_DIR } from '../services/presets';
import type { ClientKind, DcuiKey } from '../services/types';
import { ramdiskUsed } from '../vfs/usage';
import type { Goal, Scenario, SolutionStep } from './types';

/** A goal met when a client reaches a host; otherwise it says where the connection stops. */
function connects(id: string, label: string, next: string, client: ClientKind, hostId: string, fromHostId?: string): Goal {
  return {
    id,
    label,
    unmetBecause: (lab: LabState) => {
      const connection = tryConnection(lab, client, hostId, fromHostId);
      return connection.ok ? null : `${connection.because ?? 'the connection fails'}. ${next}`;
    },
  };
}

const key = (host: string, dcuiKey: DcuiKey, says: string): SolutionStep => ({ kind: 'event', event: { type: 'dcui-key', host, key: dcuiKey }, says });

export const clientCannotConnect: Scenario = {
  id: 'client-cannot-connect',
  title: 'The vSphere Client cannot connect',
  preset: 'hostd-stopped',
  host: 'esx01',
  goals: [
    connects('vsphere-client', 'The vSphere Client connects to esx01', 'Get that service running again.', 'vsphere-client', 'esx01'),
    connects('vcenter', 'vCenter Server reaches esx01 again', 'vCenter\'s agent vpxa passes its work to hostd: both must run.', 'vcenter', 'esx01'),
  ],
  questions: [],
  solution: [
    { kind: 'exec', host: 'esx01', line: '/etc/init.d/hostd status' },
    { kind: 'exec', host: 'esx01', line: '/etc/init.d/hostd start' },
  ],
};

export const enableSsh: Scenario = {
  id: 'enable-ssh',
  title: 'Enable SSH access',
  preset: 'standalone-host',
  host: 'esx01',
  goals: [connects('ssh', 'An SSH client can log in to esx01', 'Remote Tech Support Mode is switched on at the host\'s console, in the DCUI.', 'ssh', 'esx01')],
  questions: [],
  solution: [
    key('esx01', 'F2', 'Press F2 to log in to System Customization'),
    key('esx01', 'Enter', 'Log in as root (this lab\'s root has no password)'),
    ...Array.from({ length: 9 }, () => key('esx01', 'Down', 'Move down to Troubleshooting Options')),
    key('esx01', 'Enter', 'Open Troubleshooting Options'),
    key('esx01', 'Down', 'Move down to Enable Remote Tech Support (SSH)'),
    key('esx01', 'Enter', 'Enable Remote Tech Support (SSH)'),
  ],
};

export const vmotionFails: Scenario = {
  id: 'vmotion-fails',
  title: 'vMotion to esx02 fails',
  preset: 'two-host-cluster',
  host: 'esx02',
  goals: [connects('vmotion', 'esx01 can migrate a virtual machine to esx02 over vMotion (port 8000)', 'Both ends of a vMotion need a VMkernel interface selected for vMotion.', 'vmotion', 'esx02', 'esx01')],
  questions: [],
  solution: [
    { kind: 'exec', host: 'esx02', line: 'vim-cmd hostsvc/vmotion/netconfig_get' },
    { kind: 'exec', host: 'esx02', line: 'vim-cmd hostsvc/vmotion/vnic_set vmk1' },
  ],
};

/** At most this share of hostdstats in use counts as cleared: its base use is a quarter (boot/rootfs.ts). */
const STATS_CLEARED_BELOW = 0.5;

/** Met once hostd's statistics no longer fill their ramdisk; otherwise how full it is, as vdf -h shows. */
const statsCleared: Goal = {
  id: 'stats-cleared',
  label: 'The hostdstats ramdisk has room again',
  unmetBecause: (lab) => {
    const host = lab.hosts.esx01;
    const disk = host?.vfs.ramdisks.find((candidate) => candidate.name === 'hostdstats');
    if (!host || !disk) return 'esx01 has no hostdstats ramdisk in this lab';
    const share = ramdiskUsed(host.vfs, disk) / disk.size;
    return share < STATS_CLEARED_BELOW ? null : `hostdstats is ${Math.round(share * 100)}% full: hostd keeps its statistics in ${HOSTD_STATS_DIR}, and fails again as soon as it cannot write there`;
  },
};

export const hostdStatsFull: Scenario = {
  id: 'hostdstats-full',
  title: 'hostd has failed: its statistics filled a ramdisk',
  preset: 'hostdstats-full',
  host: 'esx01',
  goals: [
    statsCleared,
    connects('vsphere-client', 'hostd runs again: the vSphere Client connects to esx01', 'Restart the management agents once the ramdisk has room.', 'vsphere-client', 'esx01'),
  ],
  questions: [],
  solution: [
    { kind: 'exec', host: 'esx01', line: 'vdf -h' },
    { kind: 'exec', host: 'esx01', line: `ls ${HOSTD_STATS_DIR}` },
    { kind: 'exec', host: 'esx01', line: `rm ${HOSTD_STATS_DIR}/*` },
    { kind: 'exec', host: 'esx01', line: 'services.sh restart' },
  ],
};

export const SERVICES_SCENARIOS: Scenario[] = [clientCannotConnect, enableSsh, vmotionFails, hostdStatsFull];
