import { runningBuild } from '../boot/banks';
import { buildInfo } from '../boot/builds';
import type { HostState } from '../lab/types';
import { DCUI_MENU_TEXT, DCUI_TEXT } from '../messages/dcui';
import { MENU, SYSTEM_LOGS, TAB_KEYS, TROUBLESHOOTING, fileTail, logLabel, managementIp, menuLabel, normalizeDcui, troubleshootingAbout, troubleshootingLabel } from './dcui-menus';
import type { ConsoleTab, DcuiKey, DcuiScreen, HostServices } from './types';

/** What the host's local console shows, as text: the same for the page, the server render and the REPL. */
export interface DcuiView {
  tab: ConsoleTab;
  /** `home` is the yellow-and-grey screen, `dialog` a DCUI window, `text` a black text console. */
  tone: 'home' | 'dialog' | 'text';
  title: string;
  lines: string[];
  /** The entries of a menu, in order; empty on screens without one. */
  items: { label: string; selected: boolean }[];
  /** Key hints, as the console prints them at the bottom. */
  footer: string;
  /** The keys that do something now, for the visible buttons. */
  keys: DcuiKey[];
}

const LOG_LINES = 16;
const MOVE_KEYS: DcuiKey[] = ['Up', 'Down', 'Enter', 'Escape'];

type ScreenView = Omit<DcuiView, 'tab' | 'keys'> & { keys: DcuiKey[] };

const list = (labels: string[], selected: number) => labels.map((label, index) => ({ label, selected: index === selected }));
const dialog = (title: string, lines: string[], footer: string, keys: DcuiKey[], items: DcuiView['items'] = []): ScreenView => ({ tone: 'dialog', title, lines, items, footer, keys });
const text = (title: string, lines: string[], footer: string = DCUI_TEXT.tabsFooter): ScreenView => ({ tone: 'text', title, lines, items: [], footer, keys: [] });

export function dcuiView(host: HostState): DcuiView {
  const services = host.services;
  if (!services) return { tab: 'dcui', ...text(DCUI_TEXT.downTitle, [DCUI_TEXT.noServices], '') };
  if (host.console.screen !== 'running') return { tab: normalizeDcui(services.dcui).tab, ...text(DCUI_TEXT.downTitle, [DCUI_TEXT.down(host.id)], '') };
  const { tab, screen } = normalizeDcui(services.dcui);
  const view = tabView(host, services, tab, screen);
  const tabKeys = (Object.keys(TAB_KEYS) as ConsoleTab[]).filter((other) => other !== tab).map((other) => TAB_KEYS[other]);
  return { tab, ...view, keys: [...view.keys, ...tabKeys] };
}

function tabView(host: HostState, services: HostServices, tab: ConsoleTab, screen: DcuiScreen): ScreenView {
  switch (tab) {
    case 'dcui':
      return screenView(host, services, screen);
    case 'tsm-login':
      return text(DCUI_TEXT.tsmLoginTitle, services.tsm.local ? [DCUI_TEXT.tsmLogin(host.hostname), DCUI_TEXT.tsmTerminal] : [...DCUI_TEXT.tsmDisabled]);
    case 'vmkernel-log':
      return text(DCUI_TEXT.vmkernelTitle, [DCUI_TEXT.vmkernelNote, ...fileTail(host, SYSTEM_LOGS[0] ?? '', LOG_LINES)]);
    case 'summary': {
      const s = DCUI_TEXT.summary;
      return text(DCUI_TEXT.summaryTitle, [
        s.build(runningBuild(host)),
        s.hostname(host.hostname),
        s.ip(managementIp(host) ?? DCUI_TEXT.noIp),
        s.local(services.tsm.local),
        s.remote(services.tsm.remote),
        s.timeout(services.tsm.timeoutMinutes),
        s.managedBy(services.managedBy),
        s.cluster(services.haCluster),
        s.lockdown(services.lockdown),
        s.maintenance(services.maintenanceMode),
      ]);
    }
  }
}

function screenView(host: HostState, services: HostServices, screen: DcuiScreen): ScreenView {
  switch (screen.screen) {
    case 'home':
      return { tone: 'home', title: homeTitle(host), lines: homeLines(host, services), items: [], footer: DCUI_TEXT.homeFooter, keys: ['F2', 'F12'] };
    case 'login':
      return dialog(DCUI_TEXT.loginTitle, DCUI_TEXT.loginLines(host.hostname), DCUI_TEXT.loginFooter, ['Enter', 'Escape']);
    case 'menu': {
      const id = MENU[screen.index] ?? 'password';
      return dialog(DCUI_TEXT.menuTitle, [DCUI_MENU_TEXT[id].about], DCUI_TEXT.menuFooter, MOVE_KEYS, list(MENU.map(menuLabel), screen.index));
    }
    case 'troubleshooting': {
      const id = TROUBLESHOOTING[screen.index] ?? 'local';
      const labels = TROUBLESHOOTING.map((item) => troubleshootingLabel(item, services));
      return dialog(DCUI_TEXT.troubleshootingTitle, troubleshootingAbout(id, services), DCUI_TEXT.troubleshootingFooter, MOVE_KEYS, list(labels, screen.index));
    }
    case 'confirm-restart':
      return dialog(DCUI_TEXT.confirmTitle, [...DCUI_TEXT.confirmLines], DCUI_TEXT.confirmFooter, ['F11', 'Escape']);
    case 'logs': {
      const labels = SYSTEM_LOGS.map((_, index) => DCUI_TEXT.logItem(index + 1, logLabel(index)));
      return dialog(DCUI_TEXT.logsTitle, [DCUI_TEXT.logFile(SYSTEM_LOGS[screen.index] ?? '')], DCUI_TEXT.logsFooter, MOVE_KEYS, list(labels, screen.index));
    }
    case 'log-view': {
      const index = SYSTEM_LOGS.indexOf(screen.log);
      return { ...text(`${logLabel(index)}: ${screen.log}`, fileTail(host, screen.log, LOG_LINES), DCUI_TEXT.logViewFooter), keys: ['Escape'] };
    }
    case 'message':
      return dialog(screen.title, screen.text.split('\n'), DCUI_TEXT.messageFooter, ['Enter', 'Escape']);
  }
}

function homeTitle(host: HostState): string {
  const build = runningBuild(host);
  return DCUI_TEXT.homeTitle(String(buildInfo(build)?.number ?? build.replace(/^4\.1\.0-/, '')));
}

function homeLines(host: HostState, services: HostServices): string[] {
  const ip = managementIp(host);
  const lines = [host.hostname, DCUI_TEXT.downloadTools, DCUI_TEXT.url(host.hostname), ip ? DCUI_TEXT.staticUrl(ip) : DCUI_TEXT.noManagementIp];
  return services.maintenanceMode ? [...lines, DCUI_TEXT.inMaintenance] : lines;
}
