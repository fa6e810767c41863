import { clockTime, type LabState } from '#sim-core/core';
import { complianceBoard, PROFILE_TEXT, profilesOf, SUB_PROFILES, type ComplianceState, type SubProfileId } from '#sim-core/vcenter';
import { BOARD_TEXT as text } from './strings';

/**
 * What the compliance board shows, as plain data for its server render and its element: the
 * profiles, what a profile is attached to, and the last check's results, host by sub-profile.
 */

export interface BoardCell {
  key: string;
  subProfile: SubProfileId;
  label: string;
  state: ComplianceState;
  reasons: string[];
  /** The disclosure's words when the cell has reasons ("Noncompliant: 2 reasons"). */
  summary: string;
  /** What a screen reader hears for the reasons list ("esx03, Networking"). */
  reasonsLabel: string;
}

export interface BoardRow {
  host: string;
  state: ComplianceState;
  cells: BoardCell[];
}

export interface BoardModel {
  profiles: string[];
  /** The profile shown, or null when there is none yet. */
  profile: string | null;
  reference: string;
  attached: string;
  caption: string;
  columns: { id: SubProfileId; label: string }[];
  rows: BoardRow[];
  /** Said instead of the table's rows before the first check. */
  empty: string;
}

/** What a cell shows, as one string: a cell whose signature is unchanged keeps its element (and its open disclosure). */
export const cellSignature = (cell: Pick<BoardCell, 'state' | 'reasons'>): string => [cell.state, ...cell.reasons].join('\n');

export const COLUMNS = SUB_PROFILES.map((id) => ({ id, label: PROFILE_TEXT.subProfiles[id] }));

/** Everything the board draws for a profile (the first one when `wanted` names none). */
export function boardModel(lab: LabState, wanted: string | null): BoardModel {
  const profiles = profilesOf(lab);
  const profile = profiles.find((candidate) => candidate.name === wanted) ?? profiles[0];
  if (!profile) return { profiles: [], profile: null, reference: '', attached: '', caption: text.captionNone, columns: COLUMNS, rows: [], empty: text.noProfile };
  const results = complianceBoard(lab, profile.name);
  const rows = results.map((result): BoardRow => ({
    host: result.host,
    state: result.state,
    cells: COLUMNS.map(({ id, label }) => {
      const cell = result.cells.find((candidate) => candidate.subProfile === id);
      const state = cell?.state ?? result.state;
      const reasons = cell?.reasons ?? [];
      return { key: `${result.host}:${id}`, subProfile: id, label, state, reasons, summary: text.reasons(state, reasons.length), reasonsLabel: text.reasonsFor(result.host, label) };
    }),
  }));
  const checkedAt = results[0]?.checkedAtMs;
  return {
    profiles: profiles.map((candidate) => candidate.name),
    profile: profile.name,
    reference: text.reference(profile.referenceHost),
    attached: text.attachedTo(profile.attachedTo),
    caption: checkedAt === undefined ? text.captionNone : text.caption(profile.name, clockTime(checkedAt)),
    columns: COLUMNS,
    rows,
    empty: rows.length === 0 ? text.notChecked(profile.name) : '',
  };
}

/** Where a profile can be attached: the clusters, then every host in vCenter's inventory. */
export function attachTargets(lab: LabState): string[] {
  return [...lab.vcenter.clusters, ...Object.keys(lab.vcenter.hosts)];
}

/** Hosts a profile can be created from: those vCenter manages. */
export const referenceHosts = (lab: LabState): string[] => Object.keys(lab.vcenter.hosts);

/** The name the create form offers first: the first cluster's ("Cluster01 profile"). */
export const defaultProfileName = (lab: LabState): string => text.defaultName(lab.vcenter.clusters[0] ?? 'Lab');
