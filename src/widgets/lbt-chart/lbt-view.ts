import { currentUplinks, hostSwitches, lbtMoves, LBT_INTERVAL_MS, LBT_THRESHOLD, trafficPorts, utilisationSeries, type TeamingPolicyId, type TeamMove } from '#sim-core/network';
import { clockTime, MAX_TICK_MS, type LabEvent, type LabState } from '#sim-core/core';
import { CHART_H, CHART_W, linePoints, xAt, yAt } from '../shared/chart';
import { LBT_TEXT as T } from './strings';

/** The dvPortgroup whose teaming the chart shows unless a chapter names another. */
export const DEFAULT_LBT_PORTGROUP = 'VM Network';

/** Skip 30 s: one LBT interval in one tick, never more than sim-core allows a tick. */
export const SKIP_MS = Math.min(LBT_INTERVAL_MS, MAX_TICK_MS);

/** The host's dvSwitch uplinks, in team order. */
export const uplinkIds = (lab: LabState, host: string): string[] => Object.keys(currentUplinks(lab, host));

/** One polyline per uplink (utilisation 0-1), the 75% line's y, and the x of each move in the window. */
export function lbtChart(lab: LabState, host: string): { lines: Record<string, string>; thresholdY: number; marks: string } {
  const series = utilisationSeries(lab, host);
  const lines = Object.fromEntries(uplinkIds(lab, host).map((vmnic) => [vmnic, linePoints(series.map((s) => s.byUplink[vmnic] ?? 0), 1, CHART_W, CHART_H)]));
  const marks = lbtMoves(lab, host)
    .map((move) => series.findIndex((s) => s.t === move.timeMs))
    .filter((i) => i >= 0)
    .map((i) => `M${xAt(i, series.length, CHART_W)} 0V${CHART_H}`)
    .join('');
  return { lines, thresholdY: yAt(LBT_THRESHOLD, 1, CHART_H), marks };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const moveText = (move: TeamMove): string => T.move(move.portId, move.client, move.from, move.to, clockTime(move.timeMs), Math.round(move.utilisation * 100));

export interface UplinkRow {
  vmnic: string;
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
