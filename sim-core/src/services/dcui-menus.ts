import type { HostState } from '../lab/types';
import { DCUI_MENU_TEXT, DCUI_TEXT, type DcuiMenuId } from '../messages/dcui';
import { lookup } from '../vfs/tree';
import { LOG_FILES } from './actions';
import type { ConsoleTab, DcuiKey, DcuiScreen, DcuiState, HostServices } from './types';

/** The DCUI's menus as data: the handlers and the view both read them from here. */
export const MENU: readonly DcuiMenuId[] = ['password', 'lockdown', 'network', 'restartNetwork', 'testNetwork', 'keyboard', 'support', 'logs', 'reset', 'troubleshooting'];

export type TroubleshootingId = 'local' | 'remote' | 'timeout' | 'restart';
export const TROUBLESHOOTING: readonly TroubleshootingId[] = ['local', 'remote', 'timeout', 'restart'];

/** The files View System Logs offers, in the order of DCUI_TEXT.logLabels. */
export const SYSTEM_LOGS: readonly string[] = [LOG_FILES.messages, '/etc/vmware/esx.conf', LOG_FILES.hostd, LOG_FILES.vpxa];

/** Modify Tech Support timeout cycles through these (minutes; 0 is off). */
export const TIMEOUTS: readonly number[] = [0, 5, 10, 30];

export const DCUI_KEYS: readonly DcuiKey[] = ['F2', 'F11', 'F12', 'Up', 'Down', 'Enter', 'Escape', 'Alt+F1', 'Alt+F2', 'Alt+F11', 'Alt+F12'];

export const TAB_KEYS: Readonly<Record<ConsoleTab, DcuiKey>> = { 'tsm-login': 'Alt+F1', dcui: 'Alt+F2', summary: 'Alt+F11', 'vmkernel-log': 'Alt+F12' };
const TABS = Object.keys(TAB_KEYS) as ConsoleTab[];

export const isDcuiKey = (key: unknown): key is DcuiKey => DCUI_KEYS.includes(key as DcuiKey);

/** The console tab an Alt+Fn key switches to, or null for the other keys. */
export function tabOfKey(key: DcuiKey): ConsoleTab | null {
  return TABS.find((tab) => TAB_KEYS[tab] === key) ?? null;
}

export function nextTimeout(minutes: number): number {
  return TIMEOUTS[(TIMEOUTS.indexOf(minutes) + 1) % TIMEOUTS.length] ?? 0;
}

export const menuLabel = (id: DcuiMenuId): string => DCUI_MENU_TEXT[id].label;

export function troubleshootingLabel(id: TroubleshootingId, services: HostServices): string {
  switch (id) {
    case 'local': return DCUI_TEXT.localItem(services.tsm.local);
    case 'remote': return DCUI_TEXT.remoteItem(services.tsm.remote);
    case 'timeout': return DCUI_TEXT.timeoutItem;
    case 'restart': return DCUI_TEXT.restartItem;
  }
}

export function troubleshootingAbout(id: TroubleshootingId, services: HostServices): string[] {
  switch (id) {
    case 'local': return DCUI_TEXT.localAbout(services.tsm.local);
    case 'remote': return DCUI_TEXT.remoteAbout(services.tsm.remote);
    case 'timeout': return DCUI_TEXT.timeoutAbout(services.tsm.timeoutMinutes);
    case 'restart': return [...DCUI_TEXT.restartAbout];
  }
}

export const logLabel = (index: number): string => DCUI_TEXT.logLabels[index] ?? '';

/** The last `count` lines of a file of the host, or why there are none. */
export function fileTail(host: HostState, path: string, count: number): string[] {
  const found = lookup(host.vfs.root, path);
  if (!found.ok || found.node.kind !== 'file') return [DCUI_TEXT.logMissing(path)];
  const lines = (found.node.text ?? '').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? [DCUI_TEXT.logEmpty(path)] : lines.slice(-count);
}

/** The management address: vmk0's, else the first VMkernel interface's. */
export function managementIp(host: HostState): string | null {
  const nics = host.network.vmknics;
  return (nics.find((nic) => nic.name === 'vmk0') ?? nics[0])?.ip ?? null;
}

export function clampIndex(index: unknown, length: number): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || length <= 0) return 0;
  return Math.min(Math.max(index, 0), length - 1);
}

const BACK_LENGTH = { home: 1, menu: MENU.length, troubleshooting: TROUBLESHOOTING.length } as const;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The DCUI state with anything a saved or hand-edited lab may have garbled put right. */
export function normalizeDcui(dcui: DcuiState | undefined): DcuiState {
  const tab = TABS.includes(dcui?.tab as ConsoleTab) ? (dcui as DcuiState).tab : 'dcui';
  return { tab, screen: normalizeScreen(dcui?.screen) };
}

function normalizeScreen(screen: DcuiScreen | undefined): DcuiScreen {
  switch (screen?.screen) {
    case 'home': case 'login': case 'confirm-restart':
      return { screen: screen.screen };
    case 'menu': return { screen: 'menu', index: clampIndex(screen.index, MENU.length) };
    case 'troubleshooting': return { screen: 'troubleshooting', index: clampIndex(screen.index, TROUBLESHOOTING.length) };
    case 'logs': return { screen: 'logs', index: clampIndex(screen.index, SYSTEM_LOGS.length) };
    case 'log-view': return SYSTEM_LOGS.includes(screen.log) ? { screen: 'log-view', log: screen.log } : { screen: 'logs', index: 0 };
    case 'message': {
      const back = Object.hasOwn(BACK_LENGTH, screen.back) ? screen.back : 'menu';
      return { screen: 'message', title: text(screen.title), text: text(screen.text), back, index: clampIndex(screen.index, BACK_LENGTH[back]) };
    }
    default:
      return { screen: 'home' };
  }
}
