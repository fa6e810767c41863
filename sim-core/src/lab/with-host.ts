import type { HostState, LabState } from './types';

/** Replaces one host in the lab, leaving the others as they were. */
export function withHost(lab: LabState, host: HostState): LabState {
  return { ...lab, hosts: { ...lab.hosts, [host.id]: host } };
}
