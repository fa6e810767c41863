import { BOOTSTATE } from '../boot/types';
import { civilToMs } from '../time/clock';
import { dispatch } from './dispatch';
import { bank, createHost } from './host';
import type { HostState, LabEvent, LabState } from './types';

const GA = '4.1.0-260247';
const UPDATE_1 = '4.1.0-348481';

/** Monday 29 November 2010, 09:00 UTC: a few weeks after 4.1 Update 1 shipped. */
export const LAB_EPOCH_MS = civilToMs(2010, 11, 29, 9, 0, 0);
const HOUR = 3_600_000;

export interface PresetInfo {
  id: string;
  title: string;
  description: string;
}

interface Preset extends PresetInfo {
  hosts: () => HostState[];
  /** Events replayed after the hosts are built: presets that are "a moment later" say how they got there. */
  then?: LabEvent[];
}

const PRESETS: readonly Preset[] = [
  {
    id: 'fresh-install',
    title: 'A fresh install',
    description: 'esx01 was just installed with ESXi 4.1 GA: Hypervisor1 holds the image, Hypervisor2 is empty.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), undefined], booted: 0, bootedAtMs: LAB_EPOCH_MS - 2 * HOUR }, LAB_EPOCH_MS)],
  },
  {
    id: 'after-upgrade',
    title: 'After a successful upgrade',
    description: 'esx01 was upgraded from 4.1 GA to Update 1: it booted Update 1 from Hypervisor2, and GA waits on standby in Hypervisor1.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.valid)], booted: 1, bootedAtMs: LAB_EPOCH_MS - HOUR }, LAB_EPOCH_MS)],
  },
  {
    id: 'failed-upgrade',
    title: 'An upgrade that will fail',
    description: 'esx01 runs 4.1 GA; Update 1 has been written to Hypervisor2 and waits for a reboot, but this image will not finish booting on this host.',
    hosts: () => [createHost({ id: 'esx01', number: 1, banks: [bank(GA, 1, BOOTSTATE.valid), bank(UPDATE_1, 2, BOOTSTATE.upgrading)], booted: 0, bootedAtMs: LAB_EPOCH_MS - 30 * 24 * HOUR, brokenBuilds: [UPDATE_1] }, LAB_EPOCH_MS)],
  },
  {
    id: 'failed-upgrade-fallback',
    title: 'After a failed upgrade fell back',
    description: 'esx01 rebooted into Update 1, which did not finish booting; after a reset the loader fell back to 4.1 GA.',
    hosts: () => PRESETS[2]!.hosts(),
    then: [
      { type: 'power', host: 'esx01', action: 'reboot' },
      { type: 'tick', ms: 20_000 },
      { type: 'console-key', host: 'esx01', key: 'Enter' },
      { type: 'tick', ms: 20_000 },
      { type: 'tick', ms: 5 * 60_000 },
    ],
  },
];

export const PRESET_IDS: readonly string[] = PRESETS.map((preset) => preset.id);

export function presetInfo(id: string): PresetInfo | undefined {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  return preset && { id: preset.id, title: preset.title, description: preset.description };
}

export function isPresetId(id: string): boolean {
  return typeof id === 'string' && PRESET_IDS.includes(id);
}

/** Builds a lab from a preset. An unknown id is a bug in the caller: check with isPresetId first. */
export function createLab(presetId: string, seed = 41): LabState {
  const preset = PRESETS.find((candidate) => candidate.id === presetId);
  if (!preset) throw new Error(`Unknown lab preset "${presetId}"`);
  const hosts = Object.fromEntries(preset.hosts().map((host) => [host.id, host]));
  const lab: LabState = { schema: 1, preset: preset.id, clock: { nowMs: LAB_EPOCH_MS }, random: { state: seed }, hosts, answers: {} };
  return (preset.then ?? []).reduce(dispatch, lab);
}
