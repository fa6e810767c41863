/** The services kit's invariants, as sentences (none when every host's management side is sound). */
import type { LabState } from '../lab/types';
import { SERVICE_NAMES } from './names';

export function servicesInvariants(lab: LabState): string[] {
  const problems: string[] = [];
  for (const host of Object.values(lab.hosts)) {
    const s = host.services;
    const unknown = Object.keys(s.running).filter((name) => !(SERVICE_NAMES as readonly string[]).includes(name));
    if (unknown.length > 0) problems.push(`${host.id}: unknown services ${unknown.join(', ')}`);
    if (!(s.tsm.timeoutMinutes >= 0)) problems.push(`${host.id}: Tech Support Mode timeout ${s.tsm.timeoutMinutes}`);
    if (s.lockdown && s.managedBy === null) problems.push(`${host.id}: lockdown mode without vCenter`);
  }
  return problems;
}
