import { runningBuild } from '../boot/banks';
import { buildInfo } from '../boot/builds';
import { volumePath } from '../boot/layout';
import type { HostState, LabState } from '../lab/types';
import { choicesFrom, type Goal, type Scenario } from './types';

const HOST = 'esx01';
const DATASTORE = 'datastore1';

/** The releases offered as answers, by build (boot/builds.ts holds their names). */
const RELEASES = ['4.1.0-260247', '4.1.0-348481', '4.1.0-502767', '4.1.0-800380'] as const;

/** The file systems offered as answers: the one ESX brought for VMs, and those a reader meets elsewhere on the host. */
const FILE_SYSTEMS = {
  'VMFS-3': 'VMFS (VMFS-3)',
  vfat: 'FAT (vfat)',
  visorfs: 'visorfs (in RAM)',
  NTFS: 'NTFS',
} as const;

/** The type of the file system behind datastore1, as df reports it; undefined if the host has no such datastore. */
function datastoreType(host: HostState): string | undefined {
  const volume = host.disk.datastores.find((candidate) => candidate.label === DATASTORE);
  return volume && host.vfs.mounts.find((mount) => mount.path === volumePath(volume.uuid))?.fsType;
}

/** A goal met when the reader's answer to `question` is what the lab says. */
function answered(question: string, label: string, topic: string, truth: (host: HostState) => string | undefined): Goal {
  return {
    id: question,
    label,
    unmetBecause: (lab: LabState) => {
      const host = lab.hosts[HOST];
      const right = host && truth(host);
      if (!right) return `esx01 has nothing to say about ${topic} in this lab`;
      const given = lab.answers[question];
      if (given === undefined || given === '') return `answer the question about ${topic} in the panel`;
      return given === right ? null : `that is not what esx01 says about ${topic}: look again with the shell`;
    },
  };
}

export const meetTheHypervisor: Scenario = {
  id: 'meet-the-hypervisor',
  title: 'Meet the hypervisor',
  preset: 'fresh-install',
  host: HOST,
  goals: [
    answered('release', 'You named the release of ESXi that runs on esx01', 'its release', runningBuild),
    answered('datastore-fs', `You named the file system of ${DATASTORE}, where virtual machines are kept`, `the file system of ${DATASTORE}`, datastoreType),
  ],
  questions: [
    {
      id: 'release',
      prompt: 'Which release of ESXi runs on esx01?',
      choices: RELEASES.map((build) => ({ value: build, label: `ESXi 4.1 ${buildInfo(build)?.release ?? ''} (build ${build.replace(/^4\.1\.0-/, '')})` })),
    },
    { id: 'datastore-fs', prompt: `Which file system does ${DATASTORE} use?`, choices: choicesFrom(FILE_SYSTEMS) },
  ],
  solution: [
    { kind: 'exec', host: HOST, line: 'vmware -lv' },
    { kind: 'exec', host: HOST, line: 'ls -l /vmfs/volumes' },
    { kind: 'exec', host: HOST, line: 'df -h' },
    { kind: 'event', event: { type: 'answer', question: 'release', value: '4.1.0-260247' }, says: 'Answer: ESXi 4.1 GA (build 260247)' },
    { kind: 'event', event: { type: 'answer', question: 'datastore-fs', value: 'VMFS-3' }, says: 'Answer: VMFS (VMFS-3)' },
  ],
};

export const BASICS_SCENARIOS: readonly Scenario[] = [meetTheHypervisor];
