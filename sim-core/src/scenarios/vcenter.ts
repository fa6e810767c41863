/** The host profiles chapter's scenarios: goals read vCenter's inventory and the hosts' state, never what was typed. */
import { PATCH_702113 } from '../boot/builds';
import { runningBuild } from '../boot/banks';
import type { LabState } from '../lab/types';
import { checkCompliance, profileOfHost } from '../vcenter/profiles/compliance';
import { inventoryHost, reachStatus } from '../vcenter/inventory';
import { findVm } from '../vcenter/vms';
import type { Goal, Scenario } from './types';

const PRESET = 'host-profiles';
const PROFILE = 'Cluster01 baseline';

/**
 * The host follows a profile made from another host, is Compliant now, and the board's last
 * check says so (the reader checked after the last change).
 */
function compliantGoal(host: string): Goal {
  return {
    id: `${host}-compliant`,
    label: `${host} is Compliant with a profile made from the reference host, and the board shows it`,
    unmetBecause: (lab) => {
      const profile = profileOfHost(lab, host);
      if (!profile) return `no host profile is attached to ${host} (or to its cluster) yet`;
      if (profile.referenceHost === host) return `the profile attached to ${host} was made from ${host} itself: make it from the reference host, esx01`;
      const now = checkCompliance(profile, lab.hosts[host]!, lab);
      if (now.state !== 'Compliant') return now.state === 'Unknown' ? now.cells[0]!.reasons[0]! : `${host} still differs from ${profile.name}: ${now.cells.flatMap((cell) => cell.reasons)[0]}`;
      const shown = (lab.vcenter.compliance[profile.name] ?? []).find((result) => result.host === host);
      return shown?.state === 'Compliant' ? null : `check compliance again: the board ${shown ? `still shows ${host} ${shown.state}` : `has no result for ${host} yet`}`;
    },
  };
}

/** The host is not left in maintenance mode: back in service at the end. */
const outOfMaintenance = (host: string): Goal => ({
  id: `${host}-in-service`,
  label: `${host} is out of maintenance mode at the end`,
  keep: true,
  unmetBecause: (lab) => (lab.hosts[host]!.services.maintenanceMode ? `${host} is still in maintenance mode: exit it once the work is done` : null),
});

/** A VM keeps running, wherever it runs: move it with vMotion rather than power it off. */
const keepsRunning = (vm: string): Goal => ({
  id: `${vm}-runs`,
  label: `${vm} keeps running (move it with vMotion; do not power it off)`,
  keep: true,
  unmetBecause: (lab) => {
    const found = findVm(lab, vm);
    return found?.power === 'poweredOn' ? null : `${vm} is powered off: power it on again (on a host that is not in maintenance mode)`;
  },
});

export const hpDrift: Scenario = {
  id: 'hp-drift',
  title: 'A host has drifted from the cluster',
  preset: PRESET,
  host: 'esx03',
  goals: [compliantGoal('esx03'), keepsRunning('web03'), outOfMaintenance('esx03')],
  questions: [],
  solution: [
    { kind: 'event', event: { type: 'profile-create', name: PROFILE, fromHost: 'esx01' }, says: 'Create a profile from esx01, the reference host' },
    { kind: 'event', event: { type: 'profile-attach', profile: PROFILE, target: 'Cluster01' }, says: 'Attach it to Cluster01' },
    { kind: 'event', event: { type: 'profile-check', profile: PROFILE }, says: 'Check compliance: esx03 is Noncompliant' },
    { kind: 'event', event: { type: 'vc-vm-migrate', vm: 'web03', to: 'esx02' }, says: 'Move web03 to esx02 with vMotion' },
    { kind: 'exec', host: 'esx03', line: 'vim-cmd hostsvc/maintenance_mode_enter' },
    { kind: 'event', event: { type: 'profile-apply', profile: PROFILE, host: 'esx03', values: {} }, says: 'Apply the profile to esx03' },
    { kind: 'event', event: { type: 'profile-check', profile: PROFILE }, says: 'Check compliance again' },
    { kind: 'exec', host: 'esx03', line: 'vim-cmd hostsvc/maintenance_mode_exit' },
  ],
};

export const hpNewHost: Scenario = {
  id: 'hp-new-host',
  title: 'A new host joins the cluster',
  preset: PRESET,
  host: 'esx04',
  goals: [
    {
      id: 'esx04-in-cluster',
      label: 'esx04 is in Cluster01 and connected',
      unmetBecause: (lab: LabState) => {
        const entry = inventoryHost(lab, 'esx04');
        if (entry?.cluster !== 'Cluster01') return 'esx04 is not in Cluster01 yet: add it to the cluster in vCenter';
        return reachStatus(lab, 'esx04') === 'connected' ? null : 'vCenter Server cannot reach esx04: connect it';
      },
    },
    compliantGoal('esx04'),
    outOfMaintenance('esx04'),
  ],
  questions: [],
  solution: [
    { kind: 'event', event: { type: 'profile-create', name: PROFILE, fromHost: 'esx01' }, says: 'Create a profile from esx01, the reference host' },
    { kind: 'event', event: { type: 'profile-attach', profile: PROFILE, target: 'Cluster01' }, says: 'Attach it to Cluster01' },
    { kind: 'event', event: { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' }, says: 'Add esx04 to Cluster01: attached, not configured' },
    { kind: 'event', event: { type: 'profile-check', profile: PROFILE }, says: 'Check compliance: esx04 is Noncompliant' },
    { kind: 'event', event: { type: 'vc-maintenance', host: 'esx04', action: 'enter' }, says: 'Put esx04 in maintenance mode' },
    { kind: 'event', event: { type: 'profile-apply', profile: PROFILE, host: 'esx04', values: { 'vmk1.ip': '192.168.20.14' } }, says: 'Apply, giving vmk1 the address 192.168.20.14' },
    { kind: 'event', event: { type: 'profile-check', profile: PROFILE }, says: 'Check compliance again' },
    { kind: 'event', event: { type: 'vc-maintenance', host: 'esx04', action: 'exit' }, says: 'Take esx04 out of maintenance mode' },
  ],
};

export const patchInMaintenance: Scenario = {
  id: 'patch-in-maintenance',
  title: 'Patch a host the 4.1 way',
  preset: PRESET,
  host: 'esx02',
  goals: [
    {
      id: 'esx02-patched',
      label: `esx02 runs build ${PATCH_702113.replace(/^4\.1\.0-/, '')}`,
      unmetBecause: (lab) => {
        const host = lab.hosts.esx02!;
        if (host.console.screen !== 'running') return 'esx02 is still booting: let the clock run';
        const build = runningBuild(host);
        return build === PATCH_702113 ? null : `esx02 still runs ${build}: install ESXi410-201204001.zip with esxupdate, then reboot`;
      },
    },
    keepsRunning('web02'),
    outOfMaintenance('esx02'),
  ],
  questions: [],
  solution: [
    { kind: 'event', event: { type: 'vc-vm-migrate', vm: 'web02', to: 'esx01' }, says: 'Move web02 to esx01 with vMotion' },
    { kind: 'exec', host: 'esx02', line: 'vim-cmd hostsvc/maintenance_mode_enter' },
    { kind: 'exec', host: 'esx02', line: 'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update' },
    { kind: 'exec', host: 'esx02', line: 'reboot' },
    { kind: 'event', event: { type: 'tick', ms: 5 * 60_000 }, says: 'Wait for esx02 to boot' },
    { kind: 'exec', host: 'esx02', line: 'vim-cmd hostsvc/maintenance_mode_exit' },
  ],
};

export const VCENTER_SCENARIOS: readonly Scenario[] = [hpDrift, hpNewHost, patchInMaintenance];
