import type { LabEvent, LabState } from '../lab/types';

/** The DCUI's keys as a lab event (filled in by the DCUI module). */
export function dcuiEvent(lab: LabState, _event: LabEvent): LabState {
  return lab;
}
