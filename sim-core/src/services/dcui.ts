import { withHost } from '../lab/with-host';
import type { HostState, LabEvent, LabState } from '../lab/types';
import { DCUI_TEXT } from '../messages/dcui';
import { LOG_FILES, appendLog, restartAll, withServices } from './actions';
import { dcuiSetTsm } from './tsm-state';
import { afterManualChange } from './tsm-timeout';
import { MENU, SYSTEM_LOGS, TROUBLESHOOTING, clampIndex, isDcuiKey, menuLabel, nextTimeout, normalizeDcui, tabOfKey } from './dcui-menus';
import type { DcuiKey, DcuiScreen, HostServices } from './types';

/**
 * The host's local console as events: Alt+Fn switch consoles; on the DCUI, F2 logs in to
 * System Customization, whose Troubleshooting Options switch Tech Support Mode and restart
 * the management agents. A host that is down, or a lab without services, ignores the keys.
 */
export function dcuiEvent(lab: LabState, event: LabEvent): LabState {
  if (event.type !== 'dcui-key' || !Object.hasOwn(lab.hosts, event.host)) return lab;
  const host = lab.hosts[event.host];
  if (!host?.services || host.console.screen !== 'running' || !isDcuiKey(event.key)) return lab;
  const next = pressDcuiKey(host, event.key, lab.clock.nowMs);
  return next === host ? lab : withHost(lab, next);
}

/** One key on a running host's console; the host comes back unchanged when the key does nothing. */
export function pressDcuiKey(host: HostState, key: DcuiKey, nowMs: number): HostState {
  if (!host.services) return host;
  const dcui = normalizeDcui(host.services.dcui);
  const tab = tabOfKey(key);
  if (tab) return tab === host.services.dcui.tab ? host : withServices(host, (s) => ({ ...s, dcui: { ...dcui, tab } }));
  if (dcui.tab !== 'dcui') return host;
  return onScreen(host, dcui.screen, key, nowMs);
}

const go = (host: HostState, screen: DcuiScreen): HostState => withServices(host, (s) => ({ ...s, dcui: { tab: 'dcui', screen } }));

const message = (host: HostState, title: string, text: string, back: 'home' | 'menu' | 'troubleshooting', index: number) =>
  go(host, { screen: 'message', title, text, back, index });

const move = (key: DcuiKey, index: number, length: number): number | null =>
  key === 'Up' ? clampIndex(index - 1, length) : key === 'Down' ? clampIndex(index + 1, length) : null;

const RESTART = TROUBLESHOOTING.indexOf('restart');

function onScreen(host: HostState, screen: DcuiScreen, key: DcuiKey, nowMs: number): HostState {
  switch (screen.screen) {
    case 'home':
      if (key === 'F2') return go(host, { screen: 'login' });
      if (key === 'F12') return message(host, DCUI_TEXT.shutdownTitle, DCUI_TEXT.shutdownNotSimulated, 'home', 0);
      return host;
    case 'login':
      if (key === 'Enter') return go(host, { screen: 'menu', index: 0 });
      return key === 'Escape' ? go(host, { screen: 'home' }) : host;
    case 'menu': {
      const index = move(key, screen.index, MENU.length);
      if (index !== null) return index === screen.index ? host : go(host, { screen: 'menu', index });
      if (key === 'Enter') return openMenuItem(host, screen.index, nowMs);
      return key === 'Escape' ? go(host, { screen: 'home' }) : host;
    }
    case 'troubleshooting': {
      const index = move(key, screen.index, TROUBLESHOOTING.length);
      if (index !== null) return index === screen.index ? host : go(host, { screen: 'troubleshooting', index });
      if (key === 'Enter') return troubleshoot(host, screen.index, nowMs);
      return key === 'Escape' ? go(host, { screen: 'menu', index: MENU.indexOf('troubleshooting') }) : host;
    }
    case 'confirm-restart':
      if (key === 'F11') return message(restartAll(host, nowMs), DCUI_TEXT.confirmTitle, DCUI_TEXT.restarted, 'troubleshooting', RESTART);
      return key === 'Escape' ? go(host, { screen: 'troubleshooting', index: RESTART }) : host;
    case 'logs': {
      const index = move(key, screen.index, SYSTEM_LOGS.length);
      if (index !== null) return index === screen.index ? host : go(host, { screen: 'logs', index });
      if (key === 'Enter') return go(host, { screen: 'log-view', log: SYSTEM_LOGS[screen.index] ?? LOG_FILES.messages });
      return key === 'Escape' ? go(host, { screen: 'menu', index: MENU.indexOf('logs') }) : host;
    }
    case 'log-view':
      return key === 'Enter' || key === 'Escape' ? go(host, { screen: 'logs', index: Math.max(0, SYSTEM_LOGS.indexOf(screen.log)) }) : host;
    case 'message':
      if (key !== 'Enter' && key !== 'Escape') return host;
      return go(host, screen.back === 'home' ? { screen: 'home' } : { screen: screen.back, index: screen.index });
  }
}

function openMenuItem(host: HostState, index: number, nowMs: number): HostState {
  const id = MENU[index] ?? 'password';
  const label = menuLabel(id);
  switch (id) {
    case 'logs': return go(host, { screen: 'logs', index: 0 });
    case 'troubleshooting': return go(host, { screen: 'troubleshooting', index: 0 });
    case 'lockdown': {
      const vcenter = host.services.managedBy ?? null;
      if (vcenter === null) return message(host, label, DCUI_TEXT.lockdownNeedsVcenter, 'menu', index);
      const on = !host.services.lockdown;
      const changed = appendLog(withServices(host, (s) => ({ ...s, lockdown: on })), nowMs, LOG_FILES.messages, DCUI_TEXT.lockdownLog(on));
      return message(changed, label, DCUI_TEXT.lockdownSet(on, vcenter), 'menu', index);
    }
    default:
      return message(host, label, DCUI_TEXT.notSimulated(label), 'menu', index);
  }
}

function troubleshoot(host: HostState, index: number, nowMs: number): HostState {
  const id = TROUBLESHOOTING[index] ?? 'local';
  const change = (update: (s: HostServices) => HostServices, line: (s: HostServices) => string) => {
    const changed = withServices(host, (s) => {
      const next = update(s);
      return { ...next, tsm: afterManualChange(next.tsm, nowMs) };
    });
    return changed.services ? appendLog(changed, nowMs, LOG_FILES.messages, line(changed.services)) : host;
  };
  switch (id) {
    case 'local': return change((s) => ({ ...s, tsm: dcuiSetTsm(s.tsm, 'local', !s.tsm.local) }), (s) => DCUI_TEXT.tsmLog('local', s.tsm.local));
    case 'remote': return change((s) => ({ ...s, tsm: dcuiSetTsm(s.tsm, 'remote', !s.tsm.remote) }), (s) => DCUI_TEXT.tsmLog('remote', s.tsm.remote));
    case 'timeout': return change((s) => ({ ...s, tsm: { ...s.tsm, timeoutMinutes: nextTimeout(s.tsm.timeoutMinutes) } }), (s) => DCUI_TEXT.timeoutLog(s.tsm.timeoutMinutes));
    case 'restart': return go(host, { screen: 'confirm-restart' });
  }
}
