import { currentUplinks, niocPools, poolSeries, trafficPorts, type NiocPoolId } from '#sim-core/network';
import type { LabState } from '#sim-core/core';
import { CHART_H, CHART_W, stackedPolygons } from '../shared/chart';

export type SharesChoice = 'low' | 'normal' | 'high' | 'custom';

export const sharesChoice = (shares: number): SharesChoice => (shares === 25 ? 'low' : shares === 50 ? 'normal' : shares === 100 ? 'high' : 'custom');

export interface NiocRow {
  pool: NiocPoolId;
  label: string;
  /** The demand input: one value when every port of the pool on the host asks the same. */
  demand: string;
  demandHint: string;
  shares: number;
  choice: SharesChoice;
  limit: string;
  nowMbps: number;
}

/** The demand of a pool's ports on a host, as the input shows it. */
export function poolDemand(demands: readonly number[]): { value: string; min: number; max: number } {
  if (demands.length === 0) return { value: '0', min: 0, max: 0 };
  const min = Math.min(...demands);
  const max = Math.max(...demands);
  return { value: min === max ? String(min) : '', min, max };
}

/** One row per pool: its settings (lab-wide, vCenter), its demand on the host and its rate on the uplink now. */
export function niocRows(lab: LabState, host: string, vmnic: string): NiocRow[] {
  const settings = niocPools(lab);
  const ports = trafficPorts(lab, host);
  const uplink = currentUplinks(lab, host)[vmnic];
  return (settings?.pools ?? []).map((pool) => {
    const demand = poolDemand(ports.filter((port) => port.pool === pool.id).map((port) => port.demandMbps));
    return {
      pool: pool.id,
      label: pool.label,
      demand: demand.value,
      demandHint: demand.value ? '' : `${demand.min}–${demand.max}`,
      shares: pool.shares,
      choice: sharesChoice(pool.shares),
      limit: pool.limitMbps === null ? '' : String(pool.limitMbps),
      nowMbps: uplink?.byPool[pool.id] ?? 0,
    };
  });
}

export function uplinkTotal(lab: LabState, host: string, vmnic: string): { used: number; capacity: number; saturated: boolean } {
  const u = currentUplinks(lab, host)[vmnic];
  return { used: u?.totalMbps ?? 0, capacity: u?.capacityMbps ?? 0, saturated: !!u && u.offeredMbps > u.capacityMbps };
}

/** The stacked areas, one per pool in pool order, on a 0..capacity scale. */
export function niocAreas(lab: LabState, host: string, vmnic: string, pools: readonly NiocPoolId[]): string[] {
  const series = poolSeries(lab, host, vmnic);
  const capacity = currentUplinks(lab, host)[vmnic]?.capacityMbps || 1000;
  return stackedPolygons(pools.map((pool) => series.map((s) => s.byPool[pool])), capacity, CHART_W, CHART_H);
}

/** A typed number of Mb/s (demand or limit); empty means null (no limit); anything else invalid. */
export function parseMbps(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,5}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 10_000 ? n : undefined;
}

export function parseShares(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= 100 ? n : undefined;
}
