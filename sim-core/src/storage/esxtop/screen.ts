/**
 * The interactive esxtop screen as lines of text: a function of the lab, the host and the view.
 * The terminal redraws it on the lab's clock (every 5 s, esxtop's default delay) and after keys.
 */
import type { LabState } from '../../lab/types';
import { ESXTOP_TEXT as T } from '../../messages/esxtop';
import { toCivil, formatUptime } from '../../time/clock';
import { deviceCounters, INTERVAL_SECONDS, type Column } from '../counters';
import { deviceName, storageOf } from '../state';
import { lunsOf } from '../visible';
import { DISK_FIELDS } from './fields';
import { fieldOrder, shownColumns, type EsxtopView } from './view';

/** The refresh delay in lab milliseconds: the screen changes when this many have passed. */
export const REFRESH_MS = INTERVAL_SECONDS * 1000;

/** ` 9:00:05am`: esxtop's clock on the first line, as top prints it. */
function clock12(ms: number): string {
  const t = toCivil(ms);
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${String(hour).padStart(2)}:${String(t.minute).padStart(2, '0')}:${String(t.second).padStart(2, '0')}${t.hour < 12 ? 'am' : 'pm'}`;
}

/** The moment the screen shows: the last refresh at or before the lab's clock. */
export const refreshedAt = (nowMs: number): number => Math.floor(nowMs / REFRESH_MS) * REFRESH_MS;

/** Rates with two decimals as esxtop prints them; counts whole. */
const cell = (column: Column, value: number) => (column.endsWith('/s') ? value.toFixed(2) : String(value)).padStart(Math.max(9, column.length + 1));

function diskDevicePanel(lab: LabState, host: string, view: EsxtopView): string[] {
  const columns = shownColumns(view);
  const counters = deviceCounters(lab, host);
  const luns = lunsOf(storageOf(lab), host);
  const header = ['DEVICE'.padEnd(38), ...columns.map((c) => c.padStart(Math.max(9, c.length + 1)))].join('');
  const rows = luns.map((lun) => [deviceName(lun).padEnd(38), ...columns.map((c) => cell(c, counters[lun.id]![c]))].join(''));
  return [header, ...rows, '', columns.length === 0 ? T.addFields : T.fieldsShown];
}

function fieldScreen(view: EsxtopView): string[] {
  const order = fieldOrder(view);
  const groups = view.order.map((letter) => {
    const group = DISK_FIELDS.find((known) => known.letter === letter)!;
    return `${view.shown.includes(letter) ? '*' : ' '} ${letter}:  ${group.name} = ${group.description}`;
  });
  return [T.fieldOrder(order), '', ...groups, '', view.editing === 'fields' ? T.toggleHelp : T.orderHelp, T.notModelled];
}

/** The whole screen: esxtop's first line, then the panel (or the field screen over it). */
export function esxtopScreen(lab: LabState, host: string, view: EsxtopView): string[] {
  const shownMs = refreshedAt(lab.clock.nowMs);
  const bootedAt = lab.hosts[host]?.boot.bootedAtMs ?? shownMs;
  const top = T.top(clock12(shownMs), formatUptime(shownMs - bootedAt));
  if (view.editing) return [top, '', ...fieldScreen(view)];
  return [top, '', ...(view.panel === 'cpu' ? T.cpuPanel : diskDevicePanel(lab, host, view))];
}
