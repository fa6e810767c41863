import { currentUplinks, hostSwitches, NIOC_POOL_IDS, niocPools, poolSeries, trafficPorts, type NiocPoolId } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { SAMPLES, SCALE_MBPS, stackedPolygons } from '../shared/chart';

/** The NIC the chart shows unless a chapter names another. */
export const DEFAULT_NIOC_VMNIC = 'vmnic0';

export type SharesChoice = 'low' | 'normal' | 'high' | 'custom';

export const sharesChoice = (shares: number): SharesChoice => (shares === 25 ? 'low' : shares === 50 ? 'normal' : shares === 100 ? 'high' : 'custom');

export interface NiocRow {
  pool: NiocPoolId;
  /** The demand of the pool's ports on the host: one value when all ask the same, else empty. */
  demand: string;
  demands: number[];
  shares: number;
  choice: SharesChoice;
  limit: string;
  nowMbps: number;
}

/**
 * What the chart shows now: one row per pool (its settings, lab-wide in vCenter; its demand on
 * the host; its rate on the uplink) and the uplink's use.
 */
export function niocNow(lab: LabState, host: string, vmnic: string): { rows: NiocRow[]; used: number; capacity: number; saturated: boolean } {
  const ports = trafficPorts(lab, host);
  const u = currentUplinks(lab, host)[vmnic];
  const rows = (niocPools(lab)?.pools ?? []).map((pool): NiocRow => {
    const demands = ports.filter((port) => port.pool === pool.id).map((port) => port.demandMbps);
    return {
      pool: pool.id,
      demand: demands.every((d) => d === demands[0]) ? String(demands[0] ?? 0) : '',
      demands,
      shares: pool.shares,
      choice: sharesChoice(pool.shares),
      limit: pool.limitMbps === null ? '' : String(pool.limitMbps),
      nowMbps: u?.byPool[pool.id] ?? 0,
    };
  });
  return { rows, used: u?.totalMbps ?? 0, capacity: u?.capacityMbps ?? 0, saturated: !!u && u.offeredMbps > u.capacityMbps };
}

/** The vmnics behind the host's dvUplinks: the NICs NIOC schedules, which the chart can show. */
export const teamUplinks = (lab: LabState, host: string): string[] =>
  hostSwitches(lab, host).find((sw) => sw.kind === 'distributed')?.uplinks.map((u) => u.vmnic) ?? [];

/** The range of demands an input shows as its placeholder when the pool's ports differ. */
export const demandHint = (demands: readonly number[]) => (demands.length ? `${Math.min(...demands)}–${Math.max(...demands)}` : '');

/** The stacked areas of the last 60 s, one per pool in pool order, on the chart's scale. */
export function niocAreas(lab: LabState, host: string, vmnic: string): string[] {
  const series = poolSeries(lab, host, SAMPLES, vmnic);
  return stackedPolygons(NIOC_POOL_IDS.map((pool) => series.map((s) => s.byPool[pool])), SCALE_MBPS);
}

/**
 * Each pool's hatching (an 8-unit SVG pattern tile over its colour): with the colours, the
 * areas and the legend's keys differ by line direction too. Virtual machines, the largest
 * area, stay plain.
 */
export const POOL_HATCH: Readonly<Record<NiocPoolId, string>> = {
  faultTolerance: 'M0 8L8 0M-2 2L2-2M6 10L10 6',
  iscsi: 'M0 2H8M0 6H8',
  vmotion: 'M0 0L8 8M-2 6L2 10M6-2L10 2',
  management: 'M2 0V8M6 0V8',
  nfs: 'M0 4H8M4 0V8',
  virtualMachine: '',
};
