import type { LabState } from '#sim-core/core';
import { ESXTOP_COLUMNS, HISTORY_SECONDS, deviceCounters, lockHistory, lunsOf, storageOf, type LockSample } from '#sim-core/storage';
import { VAAI_COUNTERS_TEXT as T } from './strings';

/** hh:mm:ss of a lab time (ESXi keeps UTC). */
export const clockText = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

export interface CounterTable {
  luns: { id: string; label: string }[];
  /** One row per esxtop column, one cell per LUN. */
  rows: { column: string; cells: string[] }[];
  caption: string;
}

const formatCount = (column: string, value: number) => (column.endsWith('/s') ? value.toFixed(2) : String(value));

/** esxtop's VAAI and reservation columns as rows, each of the lab's LUNs as a column (narrow screens read it top to bottom). */
export function counterTable(lab: LabState, host: string): CounterTable {
  const luns = lunsOf(storageOf(lab), host).map((lun) => ({ id: lun.id, label: lun.label }));
  const counters = deviceCounters(lab, host);
  return {
    luns,
    rows: ESXTOP_COLUMNS.map((column) => ({ column, cells: luns.map((lun) => formatCount(column, counters[lun.id]?.[column] ?? 0)) })),
    caption: T.caption(host, clockText(lab.clock.nowMs)),
  };
}

export type SeriesKey = 'cons' | 'resv' | 'ats' | 'atsf';
export const SERIES: readonly SeriesKey[] = ['cons', 'resv', 'ats', 'atsf'];
/** The chart's drawing box: one unit per second, CHART_HEIGHT units tall. */
export const CHART_HEIGHT = 20;

/** A filled step outline of per-second values, scaled so the peak touches the top. */
export function stepPath(values: readonly number[], height = CHART_HEIGHT): string {
  const peak = Math.max(0, ...values);
  const y = (v: number) => (peak === 0 ? height : Math.round((height - (v / peak) * height) * 10) / 10);
  const parts = [`M0 ${height}`];
  values.forEach((v, i) => parts.push(`L${i} ${y(v)}`, `L${i + 1} ${y(v)}`));
  parts.push(`L${values.length} ${height}Z`);
  return parts.join(' ');
}

export interface LockChart {
  heading: string;
  width: number;
  series: { key: SeriesKey; label: string; path: string }[];
  summary: string;
  /** The text alternative: only seconds with any activity. */
  table: string[][];
}

/** The LUN the history follows: the newest boot storm's, else the first of a shared array, else the local disk. */
function chartLun(lab: LabState): { id: string; label: string } | undefined {
  const s = storageOf(lab);
  const id = s.storms?.at(-1)?.lun ?? (s.luns.find((lun) => !lun.local) ?? s.luns[0])?.id;
  const lun = s.luns.find((known) => known.id === id);
  return lun && { id: lun.id, label: lun.label };
}

export function lockChart(lab: LabState, host: string, seconds = HISTORY_SECONDS): LockChart | null {
  const lun = chartLun(lab);
  if (!lun) return null;
  const samples: LockSample[] = lockHistory(lab, host, lun.id, seconds);
  const sum = (key: SeriesKey) => samples.reduce((total, sample) => total + sample[key], 0);
  return {
    heading: T.historyHeading(lun.label, seconds),
    width: samples.length,
    series: SERIES.map((key) => {
      const values = samples.map((sample) => sample[key]);
      return { key, label: T.peak(T.series[key], Math.max(0, ...values)), path: stepPath(values) };
    }),
    summary: T.summary(lun.label, seconds, sum('resv'), sum('cons'), sum('ats'), sum('atsf')),
    table: samples.filter((s) => s.resv + s.cons + s.ats + s.atsf > 0).map((s) => [clockText(s.atMs), String(s.resv), String(s.cons), String(s.ats), String(s.atsf)]),
  };
}
