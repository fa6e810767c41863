import type { LabState } from '#sim-core/core';
import { applyPlan, PROFILE_TEXT, profilesOf, type ApplyAsk } from '#sim-core/vcenter';
import { WIZARD_TEXT as text } from './strings';

/**
 * What the apply wizard shows for a profile and a host, as plain data for its server render and
 * its element: vCenter's plan (sim-core's `applyPlan`) in the wizard's words.
 */

export interface WizardChange {
  key: string;
  text: string;
  subProfile: string;
  needsMaintenance: boolean;
}

export interface WizardModel {
  profiles: string[];
  profile: string | null;
  hosts: string[];
  host: string;
  changesHeading: string;
  changes: WizardChange[];
  /** Said when there is nothing to change (or no profile yet). */
  none: string;
  maintenance: string;
  blocked: string;
  asksHeading: string;
  asks: (ApplyAsk & { hint: string })[];
  applyLabel: string;
}

/** The hosts the wizard offers: every host vCenter manages. */
export const wizardHosts = (lab: LabState): string[] => Object.keys(lab.vcenter.hosts);

export function wizardModel(lab: LabState, wantedProfile: string | null, wantedHost: string): WizardModel {
  const profiles = profilesOf(lab).map((profile) => profile.name);
  const profile = profiles.find((name) => name === wantedProfile) ?? profiles[0] ?? null;
  const hosts = wizardHosts(lab);
  const host = hosts.includes(wantedHost) ? wantedHost : (hosts[0] ?? wantedHost);
  const base = { profiles, profile, hosts, host, changesHeading: text.changesHeading(host), asksHeading: text.asksHeading(host), applyLabel: text.apply(profile ?? '', host) };
  if (!profile) return { ...base, changes: [], none: text.noProfile, maintenance: '', blocked: '', asks: [] };
  const plan = applyPlan(lab, profile, host);
  const inMaintenance = lab.hosts[host]?.services.maintenanceMode === true;
  return {
    ...base,
    changes: plan.changes.map((change, index) => ({ key: `${index}:${change.text}`, text: change.text, subProfile: PROFILE_TEXT.subProfiles[change.subProfile], needsMaintenance: change.needsMaintenance })),
    none: plan.changes.length === 0 && plan.blockedBecause === null ? text.noChanges(host, profile) : '',
    maintenance: plan.changes.length === 0 ? '' : plan.needsMaintenance ? text.maintenanceNeeded(host, inMaintenance) : text.maintenanceNotNeeded,
    blocked: plan.blockedBecause ? text.blocked(plan.blockedBecause) : '',
    asks: plan.asks.map((ask) => ({ ...ask, hint: ask.suggested ? text.suggested(ask.suggested) : '' })),
  };
}

/** The ask a refusal is about: the wizard marks that field as the one to correct. */
export const askNamedIn = (asks: readonly ApplyAsk[], message: string): ApplyAsk | undefined => asks.find((ask) => message.includes(ask.label));

/** The change line as shown: what changes, its sub-profile, and whether it needs maintenance mode. */
export const changeLine = (change: WizardChange): string => `${change.subProfile}: ${change.text}${change.needsMaintenance ? ` (${text.needsMaintenanceMark})` : ''}`;
