import { fullSim, type LabState } from '#sim-core';

/** The line a terminal opens with, rendered on the server (the element starts its session from it). */
export function introLines(lab: LabState, host: string): { text: string; kind: 'system' }[] {
  const info = fullSim.presetInfo(lab.preset);
  return [{ text: `Tech Support Mode on ${host} (simulated ESXi 4.1 lab${info ? `: ${info.title.toLowerCase()}` : ''}). Type help for the commands this lab knows.`, kind: 'system' }];
}
