import { otherBank, readBank, runningBuild } from '../boot/banks';
import { buildInfo } from '../boot/builds';
import type { HostState, LabState } from '../lab/types';
import { choicesFrom, type Scenario } from './types';

const GA = '4.1.0-260247';
const HOST = 'esx01';

const hostOf = (lab: LabState): HostState | undefined => lab.hosts[HOST];
const isUp = (host: HostState | undefined) => host?.console.screen === 'running';

export const bootRollback: Scenario = {
  id: 'boot-rollback',
  title: 'An upgrade broke the host: roll it back',
  preset: 'after-upgrade',
  host: HOST,
  goals: [
    {
      id: 'runs-ga',
      label: 'esx01 runs build 4.1.0-260247 (4.1 GA)',
      unmetBecause: (lab) => {
        const host = hostOf(lab);
        if (!host) return 'esx01 is missing from the lab';
        const build = runningBuild(host);
        return build === GA ? null : `esx01 still runs ${build} (${buildInfo(build)?.release ?? 'unknown'}) from ${host.disk.banks[host.boot.booted].label}`;
      },
    },
    {
      id: 'is-up',
      // Up on the old build only counts after the rollback: at the start the host is up too.
      label: 'esx01 is back up after the rollback',
      unmetBecause: (lab) => {
        const host = hostOf(lab);
        if (!isUp(host)) return 'esx01 is at its boot console, not yet running';
        return runningBuild(host!) === GA ? null : 'esx01 is up, but on the upgraded build: reboot it and roll back first';
      },
    },
  ],
  questions: [],
  solution: [
    { kind: 'exec', host: HOST, line: 'reboot' },
    { kind: 'event', event: { type: 'console-key', host: HOST, key: 'Shift+R' }, says: 'Press Shift+R at the loader' },
    { kind: 'event', event: { type: 'console-key', host: HOST, key: 'Shift+Y' }, says: 'Press Shift+Y to confirm the rollback' },
    { kind: 'event', event: { type: 'console-key', host: HOST, key: 'Enter' }, says: 'Press Enter to boot the fallback image' },
    { kind: 'event', event: { type: 'tick', ms: 10_000 }, says: 'Wait for the host to finish booting' },
  ],
};

/** The truths the detective scenario's answers are checked against, all read from the lab. */
const REASONS = {
  invalid: 'The other bank was marked invalid (bootstate=3) after its first boot never completed, so the loader fell back',
  updated: 'The booted bank has the higher updated value',
  build: 'The loader always boots the newest build',
  first: 'The loader always boots Hypervisor1 first',
} as const;

function truthOf(host: HostState) {
  const standby = readBank(host, otherBank(host.boot.booted));
  const reason: keyof typeof REASONS = standby?.bootstate === 3 ? 'invalid' : 'updated';
  return { booted: host.disk.banks[host.boot.booted].label, standbyBuild: standby?.build ?? 'none', reason };
}

function answerCheck(question: 'booted-bank' | 'standby-build' | 'reason', truth: (host: HostState) => string, topic: string) {
  return (lab: LabState): string | null => {
    const host = hostOf(lab);
    if (!host) return 'esx01 is missing from the lab';
    const given = lab.answers[question];
    if (given === undefined || given === '') return `answer the question about ${topic} in the panel`;
    return given === truth(host) ? null : `that is not what the lab says about ${topic}: look again with the shell`;
  };
}

export const bootDetective: Scenario = {
  id: 'boot-detective',
  title: 'Which bank booted, and why?',
  preset: 'failed-upgrade-fallback',
  host: HOST,
  goals: [
    { id: 'booted-bank', label: 'You named the bank that booted', unmetBecause: answerCheck('booted-bank', (host) => truthOf(host).booted, 'the booted bank') },
    { id: 'standby-build', label: 'You named the build on standby', unmetBecause: answerCheck('standby-build', (host) => truthOf(host).standbyBuild, 'the standby build') },
    { id: 'reason', label: 'You explained the loader\'s choice', unmetBecause: answerCheck('reason', (host) => truthOf(host).reason, 'the reason') },
  ],
  questions: [
    { id: 'booted-bank', prompt: 'Which bank did esx01 boot from?', choices: [{ value: 'Hypervisor1', label: 'Hypervisor1' }, { value: 'Hypervisor2', label: 'Hypervisor2' }] },
    {
      id: 'standby-build',
      prompt: 'Which build is on standby in /altbootbank?',
      choices: ['4.1.0-260247', '4.1.0-348481', '4.1.0-502767', 'none'].map((build) => ({ value: build, label: build === 'none' ? 'No build' : `${build} (${buildInfo(build)?.release})` })),
    },
    { id: 'reason', prompt: 'Why did the loader boot that bank?', choices: choicesFrom(REASONS) },
  ],
  solution: [
    { kind: 'exec', host: HOST, line: 'ls -l /vmfs/volumes' },
    { kind: 'exec', host: HOST, line: 'cat /bootbank/boot.cfg' },
    { kind: 'exec', host: HOST, line: 'cat /altbootbank/boot.cfg' },
    { kind: 'event', event: { type: 'answer', question: 'booted-bank', value: 'Hypervisor1' }, says: 'Answer: Hypervisor1' },
    { kind: 'event', event: { type: 'answer', question: 'standby-build', value: '4.1.0-348481' }, says: 'Answer: 4.1.0-348481 (Update 1)' },
    { kind: 'event', event: { type: 'answer', question: 'reason', value: 'invalid' }, says: 'Answer: the other bank was marked invalid' },
  ],
};
