import { dispatch } from './dispatch';
import { LAB_EPOCH_MS } from './epoch';
import type { Preset, PresetInfo } from './preset-types';
import type { LabState } from './types';
import { registeredPresets } from '../kits/registry';

export type { PresetInfo } from './preset-types';
export { LAB_EPOCH_MS } from './epoch';

const findPreset = (id: string): Preset | undefined => registeredPresets().find((preset) => preset.id === id);

/** The ids of every preset the loaded kits offer. */
export function presetIds(): string[] {
  return registeredPresets().map((preset) => preset.id);
}

export function presetInfo(id: string): PresetInfo | undefined {
  const preset = findPreset(id);
  return preset && { id: preset.id, title: preset.title, description: preset.description };
}

export function isPresetId(id: string): boolean {
  return findPreset(id) !== undefined;
}

/** Builds a lab from a preset. An unknown id is a bug in the caller: check with isPresetId first. */
export function createLab(presetId: string, seed = 41): LabState {
  const preset = findPreset(presetId);
  if (!preset) throw new Error(`Unknown lab preset "${presetId}"`);
  const hosts = Object.fromEntries(preset.hosts().map((host) => [host.id, host]));
  const lab: LabState = { schema: 1, preset: preset.id, clock: { nowMs: LAB_EPOCH_MS }, random: { state: seed }, hosts, answers: {} };
  return (preset.then ?? []).reduce(dispatch, lab);
}
