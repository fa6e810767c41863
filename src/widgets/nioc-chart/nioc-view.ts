import { currentUplinks, hostSwitches, niocPools, poolSeries, trafficPorts, type NiocPoolId } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { stackedPolygons } from '../shared/chart';

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

/** The stacked areas, one per pool in pool order, on a 0..capacity scale. */
export function niocAreas(lab: LabState, host: string, vmnic: string, pools: readonly NiocPoolId[]): string[] {
  const series = poolSeries(lab, host, vmnic);
  return stackedPolygons(pools.map((pool) => series.map((s) => s.byPool[pool])), currentUplinks(lab, host)[vmnic]?.capacityMbps || 1000);
}


