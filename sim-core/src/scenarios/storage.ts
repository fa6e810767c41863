import type { LabState } from '../lab/types';
import { HW_LOCKING, HW_MOVE } from '../storage/settings';
import { STORM_HOSTS } from '../storage/layouts';
import { stormViews } from '../storage/view';
import { datastoreByName, fileOf, lunOf, settingsOf, storageOf } from '../storage/state';
import type { StorageJob } from '../storage/types';
import { choicesFrom, type Goal, type Scenario } from './types';

const HOST = 'esx01';
export const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

const jobsOf = (lab: LabState): StorageJob[] => storageOf(lab).jobs;

const offloadedClone = (id: string, label: string, unmet: string): Goal => ({
  id,
  label,
  unmetBecause: (lab) => {
    const clones = jobsOf(lab).filter((job) => job.host === HOST && job.mover.kind === 'copy');
    if (clones.some((job) => job.mover.mode === 'xcopy' && job.mover.done)) return null;
    if (clones.some((job) => job.mover.mode === 'xcopy')) return 'an XCOPY clone is running: let the clock run until it is done';
    return unmet;
  },
});

export const cloneTooSlow: Scenario = {
  id: 'clone-too-slow',
  title: 'Cloning takes far too long',
  preset: 'vaai-move-off',
  host: HOST,
  goals: [
    {
      id: 'move-on',
      label: 'Full copy (HardwareAcceleratedMove) is on for esx01',
      unmetBecause: (lab) => (settingsOf(lab.hosts[HOST])[HW_MOVE] === 1 ? null : 'one of the three VAAI advanced settings on esx01 is still 0'),
    },
    offloadedClone('xcopy-clone', 'A clone on esx01 completed with XCOPY', 'clone a disk with vmkfstools -i and let it finish, offloaded to the array'),
  ],
  questions: [],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove' },
    { kind: 'exec', host: HOST, line: 'esxcfg-advcfg -s 1 /DataMover/HardwareAcceleratedMove' },
    { kind: 'exec', host: HOST, line: `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk` },
    { kind: 'event', event: { type: 'tick', ms: 60_000 }, says: 'Wait a minute for the clone' },
  ],
};

const REASONS = {
  'block-size': 'The source and destination datastores have different VMFS block sizes',
  'setting-off': 'HardwareAcceleratedMove is 0 on esx01',
  'no-vaai': 'The array does not support full copy (XCOPY)',
  'cross-array': 'The copy crossed from one array to another',
  snapshots: 'The source disk has snapshots',
} as const;
type Reason = keyof typeof REASONS;

/** Why the lab's first clone (web01 to ds-vmfs1) could not offload, read from the lab as it is now. */
export function noOffloadTruth(lab: LabState): Reason | 'offloaded' | 'no clone' {
  const s = storageOf(lab);
  const job = jobsOf(lab).find((candidate) => candidate.mover.kind === 'copy' && candidate.source);
  const src = s && job?.source ? datastoreByName(s, job.source.datastore) : undefined;
  const dst = s && job ? datastoreByName(s, job.target.datastore) : undefined;
  if (!s || !job || !src || !dst) return 'no clone';
  const [a, b] = [lunOf(s, src), lunOf(s, dst)];
  if (settingsOf(lab.hosts[job.host])[HW_MOVE] === 0) return 'setting-off';
  if (!a.vaai.clone || !b.vaai.clone) return 'no-vaai';
  if (a.array !== b.array) return 'cross-array';
  if (src.blockSizeMB !== dst.blockSizeMB) return 'block-size';
  if (fileOf(s, job.source!)?.hasSnapshots) return 'snapshots';
  return 'offloaded';
}

export const blockSizeMismatch: Scenario = {
  id: 'block-size-mismatch',
  title: 'Why did this clone not offload?',
  preset: 'vaai-block-sizes',
  host: HOST,
  goals: [
    {
      id: 'reason',
      label: 'You explained why the clone was not offloaded',
      unmetBecause: (lab) => {
        const given = lab.answers['no-offload-reason'];
        if (!given) return 'answer the question about the reason in the panel';
        return given === noOffloadTruth(lab) ? null : 'that is not what the lab says: compare the two datastores with the shell';
      },
    },
    offloadedClone('xcopy-clone', 'A clone on esx01 completed with XCOPY', 'clone web01 to a datastore where full copy can work, and let it finish'),
  ],
  questions: [{ id: 'no-offload-reason', prompt: 'Why did the clone of web01 to ds-vmfs1 not use XCOPY?', choices: choicesFrom(REASONS) }],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove' },
    { kind: 'exec', host: HOST, line: 'vmkfstools -P /vmfs/volumes/ds-vmfs8' },
    { kind: 'exec', host: HOST, line: 'vmkfstools -P /vmfs/volumes/ds-vmfs1' },
    { kind: 'event', event: { type: 'answer', question: 'no-offload-reason', value: 'block-size' }, says: 'Answer: the block sizes differ (8 MB and 1 MB)' },
    { kind: 'exec', host: HOST, line: `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web01-copy/web01-copy.vmdk` },
    { kind: 'event', event: { type: 'tick', ms: 60_000 }, says: 'Wait a minute for the clone' },
  ],
};

const STORM_CAUSES = {
  reservations: 'Every power-on reserved the whole LUN, so the other hosts met reservation conflicts and waited',
  'no-ats-array': 'The array does not support hardware-assisted locking (ATS)',
  'clone-off': 'Full copy (XCOPY) is switched off, so the VMs are copied through the hosts',
  'lun-full': 'The datastore is nearly full',
} as const;
type StormCause = keyof typeof STORM_CAUSES;

/** What slowed the lab's first boot storm, read from the lab (not from what was typed). */
export function stormCauseTruth(lab: LabState): StormCause | 'no storm' | 'not slowed' {
  const first = storageOf(lab).storms?.[0];
  if (!first) return 'no storm';
  if (first.ats) return 'not slowed';
  return storageOf(lab)!.luns.find((lun) => lun.id === first.lun)?.vaai.ats ? 'reservations' : 'no-ats-array';
}

const STORM_DS = 'ds-shared';

export const bootStorm: Scenario = {
  id: 'boot-storm',
  title: 'A slow boot storm',
  preset: 'vaai-boot-storm',
  host: HOST,
  goals: [
    {
      id: 'cause',
      label: 'You explained what slowed the power-ons',
      unmetBecause: (lab) => {
        const given = lab.answers['storm-cause'];
        if (!given) return 'answer the question about the cause in the panel';
        return given === stormCauseTruth(lab) ? null : 'that is not what the lab shows: look at the reservation counters in esxtop';
      },
    },
    {
      id: 'ats-on',
      label: 'Hardware-assisted locking is on for every host that shares ds-shared',
      unmetBecause: (lab) => {
        const off = STORM_HOSTS.filter((host) => settingsOf(lab.hosts[host])[HW_LOCKING] !== 1);
        return off.length === 0 ? null : `${off.length} of ${STORM_HOSTS.length} hosts still lock ds-shared with SCSI reservations; one such host is enough to block the others`;
      },
    },
    {
      id: 'ats-storm',
      label: 'A boot storm on ds-shared ran to the end with ATS and no reservation conflicts',
      unmetBecause: (lab) => {
        const storms = stormViews(lab).filter((storm) => storm.datastore === STORM_DS);
        const clean = (storm: (typeof storms)[number]) => storm.ats && Object.values(storm.totals).every((c) => c.cons === 0 && c.resv === 0);
        if (storms.some((storm) => storm.done && clean(storm))) return null;
        if (storms.some((storm) => !storm.done && clean(storm))) return 'a boot storm with ATS is running: let the clock run until every VM is on';
        return 'once ATS is on everywhere, power the 30 VMs on again to start a new boot storm';
      },
    },
  ],
  questions: [{ id: 'storm-cause', prompt: 'Why did the VMs on ds-shared power on slowly?', choices: choicesFrom(STORM_CAUSES) }],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxtop -b -n 1' },
    { kind: 'exec', host: HOST, line: 'esxcfg-advcfg -g /VMFS3/HardwareAcceleratedLocking' },
    { kind: 'event', event: { type: 'answer', question: 'storm-cause', value: 'reservations' }, says: 'Answer: SCSI reservations on the whole LUN' },
    ...STORM_HOSTS.map((host) => ({ kind: 'exec' as const, host, line: 'esxcfg-advcfg -s 1 /VMFS3/HardwareAcceleratedLocking' })),
    { kind: 'event', event: { type: 'tick', ms: 10_000 }, says: 'Let the first storm finish' },
    { kind: 'event', event: { type: 'storage-workload', workload: 'boot-storm', datastore: STORM_DS, vmsPerHost: 10 }, says: 'Power the 30 VMs on again' },
    { kind: 'event', event: { type: 'tick', ms: 10_000 }, says: 'Wait ten seconds' },
  ],
};

export const STORAGE_SCENARIOS: readonly Scenario[] = [cloneTooSlow, blockSizeMismatch, bootStorm];
