import { presetInfo, type LabState } from '#sim-core/core';

/** The line a terminal opens with (server-rendered, so it reads without JavaScript too). */
export function introLines(lab: LabState, host: string): { text: string; kind: 'system' }[] {
  const info = presetInfo(lab.preset);
  return [{ text: `Tech Support Mode on ${host} (simulated ESXi 4.1 lab${info ? `: ${info.title.toLowerCase()}` : ''}). Type help for the commands this lab knows.`, kind: 'system' }];
}
