import type { LabState } from '../lab/types';
import { HW_MOVE } from '../storage/settings';
import { datastoreByName, fileOf, lunOf, settingsOf, storageOf } from '../storage/state';
import type { StorageJob } from '../storage/types';
import { choicesFrom, type Goal, type Scenario } from './types';

const HOST = 'esx01';
const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

const jobsOf = (lab: LabState): StorageJob[] => storageOf(lab)?.jobs ?? [];

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
  task: 'Cloning web01 on esx01 takes far too long although the array supports VAAI: find which VAAI primitive is off and turn it back on.',
  goals: [
    {
      id: 'move-on',
      label: 'Full copy (HardwareAcceleratedMove) is on for esx01',
      unmetBecause: (lab) => (settingsOf(lab.hosts[HOST])[HW_MOVE] === 1 ? null : 'one of the three VAAI advanced settings on esx01 is still 0'),
    },
    offloadedClone('xcopy-clone', 'A clone on esx01 completed with XCOPY', 'clone a disk with vmkfstools -i and let it finish, offloaded to the array'),
  ],
  questions: [],
  hints: [
    'The three VAAI settings are /DataMover/HardwareAcceleratedMove, /DataMover/HardwareAcceleratedInit and /VMFS3/HardwareAcceleratedLocking. `esxcfg-advcfg -g <option>` reads one.',
    'Cloning uses full copy (XCOPY): `esxcfg-advcfg -s 1 /DataMover/HardwareAcceleratedMove` switches it back on.',
    `Try it: \`vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk\`, then \`esxtop -b -n 1\` shows CLONE_RD and CLONE_WR growing.`,
  ],
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
  task: 'An hour ago web01 was cloned from ds-vmfs8 to ds-vmfs1 and the array did none of the work, although VAAI is on: find out why, and show a clone that does offload.',
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
  hints: [
    '`esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove` and `esxcli corestorage device list` rule out the setting and the array.',
    '`vmkfstools -P /vmfs/volumes/ds-vmfs8` and `vmkfstools -P /vmfs/volumes/ds-vmfs1` show each file system\'s block size (the number after "file blocks *").',
    'The data mover offloads only between VMFS volumes with the same block size. A clone inside ds-vmfs8 can use XCOPY.',
  ],
  solution: [
    { kind: 'exec', host: HOST, line: 'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove' },
    { kind: 'exec', host: HOST, line: 'vmkfstools -P /vmfs/volumes/ds-vmfs8' },
    { kind: 'exec', host: HOST, line: 'vmkfstools -P /vmfs/volumes/ds-vmfs1' },
    { kind: 'event', event: { type: 'answer', question: 'no-offload-reason', value: 'block-size' }, says: 'Answer: the block sizes differ (8 MB and 1 MB)' },
    { kind: 'exec', host: HOST, line: `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web01-copy/web01-copy.vmdk` },
    { kind: 'event', event: { type: 'tick', ms: 60_000 }, says: 'Wait a minute for the clone' },
  ],
};

export const STORAGE_SCENARIOS: readonly Scenario[] = [cloneTooSlow, blockSizeMismatch];
