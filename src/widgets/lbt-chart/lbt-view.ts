import { currentUplinks, hostSwitches, lbtMoves, LBT_INTERVAL_MS, LBT_THRESHOLD, trafficPorts, uplinkSeries, type TeamingPolicyId, type TeamMove } from '#sim-core/network';
import { clockTime, MAX_TICK_MS, type LabEvent, type LabState } from '#sim-core/core';
import { CHART_H, linePoints, mbps, SAMPLES, SCALE_MBPS, xAt } from '../shared/chart';
import { LBT_TEXT as T } from './strings';

/** The dvPortgroup whose teaming the chart shows unless a chapter names another. */
export const DEFAULT_LBT_PORTGROUP = 'VM Network';

/** Skip 30 s: one LBT interval in one tick, never more than sim-core allows a tick. */
export const SKIP_MS = Math.min(LBT_INTERVAL_MS, MAX_TICK_MS);

/** The host's dvSwitch uplinks, in team order. */
export const uplinkIds = (lab: LabState, host: string): string[] => Object.keys(currentUplinks(lab, host));

/** A "port moved" label over the plot: its text, where it is anchored (% of the width, from the nearer side) and its row from the top. */
export interface MoveLabel {
  text: string;
  side: 'left' | 'right';
  at: number;
  row: number;
}

/** Where a move label sits over the plot, as an inline style (the server and the element write the same). */
export const labelStyle = (label: MoveLabel) => `${label.side}: ${label.at}%; top: ${label.row * 1.3}rem`;

/**
 * Rows of move labels above the threshold's label: moves come at most every 30 s, half the
 * window, so alternate rows keep a round's labels clear of the next round's.
 */
const LABEL_ROWS = 2;

/**
 * What the chart draws: one polyline per uplink (Mb/s carried, the last 60 s), a dotted line at
 * each move in the window, and each move's label, which names the port and both uplinks.
 */
export function lbtChart(lab: LabState, host: string): { lines: Record<string, string>; marks: string; labels: MoveLabel[] } {
  const series = uplinkSeries(lab, host, SAMPLES);
  const lines = Object.fromEntries(uplinkIds(lab, host).map((vmnic) => [vmnic, linePoints(series.map((s) => s.byUplink[vmnic] ?? 0), SCALE_MBPS)]));
  const shown = lbtMoves(lab, host).flatMap((move) => {
    const i = series.findIndex((s) => s.t === move.timeMs);
    return i < 0 ? [] : [{ move, i }];
  });
  // A label reads away from the nearer edge, so it stays inside the plot.
  const labels = shown.map(({ move, i }, k): MoveLabel => {
    const at = xAt(i, series.length, 100);
    return { text: T.mark(move.portId, move.from, move.to), side: at > 50 ? 'right' : 'left', at: Math.round(at > 50 ? 100 - at : at), row: k % LABEL_ROWS };
  });
  return { lines, marks: shown.map(({ i }) => `M${xAt(i, series.length)} 0V${CHART_H}`).join(''), labels };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const moveText = (move: TeamMove): string => T.move(move.portId, move.client, move.from, move.to, clockTime(move.timeMs), Math.round(move.utilisation * 100));

export interface UplinkRow {
  vmnic: string;
  carried: string;
  utilisation: string;
  offered: string;
  ports: string;
  hot: boolean;
}

/** Each uplink now: carried and offered load, and the ports of the port group riding it. */
export function uplinkRows(lab: LabState, host: string, portGroup: string): UplinkRow[] {
  const ports = trafficPorts(lab, host).filter((port) => port.portGroup === portGroup);
  return Object.entries(currentUplinks(lab, host)).map(([vmnic, u]) => {
    const on = ports.filter((port) => port.uplink === vmnic);
    const offered = u.capacityMbps > 0 ? u.offeredMbps / u.capacityMbps : 0;
    return {
      vmnic,
      carried: mbps(u.totalMbps),
      utilisation: pct(u.capacityMbps > 0 ? u.totalMbps / u.capacityMbps : 0),
      offered: pct(offered),
      ports: on.length ? on.map((port) => port.id).join(', ') : '–',
      hot: offered > LBT_THRESHOLD,
    };
  });
}

/** The teaming policy of a dvPortgroup as the host sees it (null: no such dvPortgroup). */
export function teamingOf(lab: LabState, host: string, portGroup: string): TeamingPolicyId | null {
  for (const sw of hostSwitches(lab, host)) {
    if (sw.kind !== 'distributed') continue;
    const pg = sw.portGroups.find((candidate) => candidate.name === portGroup);
    if (pg) return pg.teaming;
  }
  return null;
}

/** The events that give every port of the port group now on `vmnic` a demand of `mbps`. */
export function loadEvents(lab: LabState, host: string, portGroup: string, vmnic: string, mbps: number): LabEvent[] {
  return trafficPorts(lab, host)
    .filter((port) => port.portGroup === portGroup && port.uplink === vmnic)
    .map((port) => ({ type: 'net-demand', host, port: port.id, mbps }));
}
