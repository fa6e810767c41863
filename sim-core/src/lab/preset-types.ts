import type { HostSetup } from './host';
import type { LabEvent, LabState } from './types';

export interface PresetInfo {
  id: string;
  title: string;
  description: string;
}

/**
 * A lab to start from, stated as how it differs from the default lab: its hosts (default: one
 * host, esx01, as `HostSetup` leaves it), what `build` changes once every kit has built them
 * whole (a shared array, a dvSwitch, a stopped service), then events replayed for labs that
 * are "a moment later" (a boot under way, traffic flowing).
 */
export interface Preset extends PresetInfo {
  hosts?: readonly HostSetup[];
  build?: (lab: LabState) => LabState;
  then?: readonly LabEvent[];
}
