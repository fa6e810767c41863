import type { HostState, LabEvent } from './types';

export interface PresetInfo {
  id: string;
  title: string;
  description: string;
}

export interface Preset extends PresetInfo {
  hosts: () => HostState[];
  /** Events replayed after the hosts are built: presets that are "a moment later" say how they got there. */
  then?: LabEvent[];
}
