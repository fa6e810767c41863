import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab, dispatch, sim } from '../testing/sim';
import type { HostState, LabState } from '../lab/types';
import { lookup } from '../vfs/tree';
import type { VfsNode } from '../vfs/types';
import { LOG_FILES } from './actions';
import { DCUI_KEYS, MENU, TROUBLESHOOTING } from './dcui-menus';
import { dcuiView } from './dcui-view';
import { isListening } from './ports';
import type { DcuiKey } from './types';
import { runningWorlds } from './worlds';

const press = (lab: LabState, ...keys: DcuiKey[]): LabState => keys.reduce((next, key) => dispatch(next, { type: 'dcui-key', host: 'esx01', key }), lab);
const down = (times: number): DcuiKey[] => Array.from({ length: times }, () => 'Down');
const host = (lab: LabState): HostState => lab.hosts.esx01!;
const screen = (lab: LabState) => host(lab).services!.dcui.screen;
const logIn = (lab: LabState) => press(lab, 'F2', 'Enter');
const troubleshooting = (lab: LabState) => press(logIn(lab), ...down(MENU.indexOf('troubleshooting')), 'Enter');
const onItem = (lab: LabState, id: (typeof TROUBLESHOOTING)[number]) => press(troubleshooting(lab), ...down(TROUBLESHOOTING.indexOf(id)));
const messages = (lab: LabState): string => {
  const found = lookup(host(lab).vfs.root, LOG_FILES.messages);
  return found.ok && found.node.kind === 'file' ? (found.node.text ?? '') : '';
};

describe('the DCUI', () => {
  it('logs in with F2 and Enter (root has no password here), and Esc logs out', () => {
    const lab = createLab('standalone-host');
    expect(screen(press(lab, 'F2'))).toEqual({ screen: 'login' });
    expect(screen(press(lab, 'F2', 'Escape'))).toEqual({ screen: 'home' });
    expect(screen(logIn(lab))).toEqual({ screen: 'menu', index: 0 });
    expect(screen(press(logIn(lab), 'Escape'))).toEqual({ screen: 'home' });
  });

  it('enables remote Tech Support Mode: port 22 listens and dropbear runs', () => {
    const lab = createLab('standalone-host');
    expect(isListening(host(lab), 22)).toBe(false);
    const enabled = press(onItem(lab, 'remote'), 'Enter');
    expect(host(enabled).services!.tsm.remote).toBe(true);
    expect(isListening(host(enabled), 22)).toBe(true);
    expect(runningWorlds(host(enabled)).map((world) => world.name)).toContain('dropbearmulti');
    expect(messages(enabled)).toContain('root: Remote Tech Support Mode (SSH) enabled');
    const disabled = press(enabled, 'Enter');
    expect(isListening(host(disabled), 22)).toBe(false);
    expect(runningWorlds(host(disabled)).map((world) => world.name)).not.toContain('dropbearmulti');
  });

  it('switches local Tech Support Mode and cycles its timeout', () => {
    const lab = createLab('standalone-host');
    expect(host(press(onItem(lab, 'local'), 'Enter')).services!.tsm.local).toBe(false);
    const timeouts = [1, 2, 3, 4].map((times) => host(press(onItem(lab, 'timeout'), ...Array<DcuiKey>(times).fill('Enter'))).services!.tsm.timeoutMinutes);
    expect(timeouts).toEqual([5, 10, 30, 0]);
  });

  it('restarts the management agents after F11, which starts a stopped hostd; Esc cancels', () => {
    const lab = createLab('hostd-stopped');
    const confirm = press(onItem(lab, 'restart'), 'Enter');
    expect(screen(confirm)).toEqual({ screen: 'confirm-restart' });
    const cancelled = press(confirm, 'Escape');
    expect(screen(cancelled)).toEqual({ screen: 'troubleshooting', index: TROUBLESHOOTING.indexOf('restart') });
    expect(host(cancelled).services!.running.hostd).toBe(false);
    const restarted = press(confirm, 'F11');
    expect(host(restarted).services!.running.hostd).toBe(true);
    expect(isListening(host(restarted), 443)).toBe(true);
    expect(screen(restarted)).toMatchObject({ screen: 'message', back: 'troubleshooting' });
    expect(screen(press(restarted, 'Enter'))).toEqual({ screen: 'troubleshooting', index: TROUBLESHOOTING.indexOf('restart') });
  });

  it('refuses lockdown mode on a standalone host and toggles it on a managed one', () => {
    const toLockdown = (lab: LabState) => press(logIn(lab), ...down(MENU.indexOf('lockdown')), 'Enter');
    const standalone = toLockdown(createLab('standalone-host'));
    expect(host(standalone).services!.lockdown).toBe(false);
    expect(screen(standalone)).toMatchObject({ screen: 'message', back: 'menu', index: MENU.indexOf('lockdown') });
    const managed = toLockdown(createLab('managed-host'));
    expect(host(managed).services!.lockdown).toBe(true);
    expect(host(press(managed, 'Enter', 'Enter')).services!.lockdown).toBe(false);
  });

  it('says so for items it does not simulate, and goes back to the menu', () => {
    const lab = press(logIn(createLab('standalone-host')), 'Enter');
    expect(screen(lab)).toMatchObject({ screen: 'message', back: 'menu', index: 0 });
    expect(screen(press(lab, 'Escape'))).toEqual({ screen: 'menu', index: 0 });
  });

  it('shows a log from View System Logs, and Esc goes back to the list', () => {
    const logs = press(logIn(createLab('hostd-stopped')), ...down(MENU.indexOf('logs')), 'Enter');
    expect(screen(logs)).toEqual({ screen: 'logs', index: 0 });
    const hostd = press(logs, 'Down', 'Down', 'Enter');
    expect(screen(hostd)).toEqual({ screen: 'log-view', log: LOG_FILES.hostd });
    expect(screen(press(hostd, 'Escape'))).toEqual({ screen: 'logs', index: 2 });
  });

  it('switches consoles with Alt+Fn and keeps the DCUI where it was', () => {
    const lab = logIn(createLab('standalone-host'));
    const tsm = press(lab, 'Alt+F1');
    expect(host(tsm).services!.dcui.tab).toBe('tsm-login');
    expect(press(tsm, 'F2', 'Enter', 'Down')).toBe(tsm);
    expect(host(press(tsm, 'Alt+F2')).services!.dcui).toEqual({ tab: 'dcui', screen: { screen: 'menu', index: 0 } });
  });

  it('refuses keys on a host that is down, for unknown hosts and for keys it does not have, saying why', () => {
    const rebooting = dispatch(createLab('standalone-host'), { type: 'power', host: 'esx01', action: 'reboot' });
    expect(press(rebooting, 'F2', 'Enter', 'Alt+F1')).toBe(rebooting);
    expect(sim.dispatch(rebooting, { type: 'dcui-key', host: 'esx01', key: 'F2' }).refused?.code).toBe('host-down');
    const lab = createLab('standalone-host');
    expect(sim.dispatch(lab, { type: 'dcui-key', host: 'nope', key: 'F2' })).toEqual({ lab, refused: { code: 'unknown-host', message: 'There is no host named nope in this lab.' } });
    expect(sim.dispatch(lab, { type: 'dcui-key', host: '__proto__', key: 'F2' }).refused?.code).toBe('unknown-host');
    const tab = sim.dispatch(lab, { type: 'dcui-key', host: 'esx01', key: 'Tab' as DcuiKey });
    expect(tab.lab).toBe(lab);
    expect(tab.refused?.code).toBe('malformed');
  });

  it('works on every lab host, the boot chapter\'s included: F2 logs in', () => {
    const base = createLab('fresh-install');
    expect(press(base, 'F2', 'Enter').hosts.esx01!.services.dcui.screen).toEqual({ screen: 'menu', index: 0 });
  });
});

/** Every file of a host's tree with its content, except the logs the DCUI writes to. */
function filesBut(node: VfsNode, path: string, skip: readonly string[], out: Record<string, unknown> = {}): Record<string, unknown> {
  if (node.kind !== 'dir') {
    if (!skip.includes(path)) out[path] = node;
    return out;
  }
  for (const [name, child] of Object.entries(node.entries)) filesBut(child, `${path === '/' ? '' : path}/${name}`, skip, out);
  return out;
}

describe('the DCUI under random keys', () => {
  const LOGS = Object.values(LOG_FILES);
  it('never throws, keeps its selection in its list, and changes only services and logs', () => {
    fc.assert(
      fc.property(fc.constantFrom('standalone-host', 'managed-host', 'hostd-stopped'), fc.array(fc.constantFrom(...DCUI_KEYS), { maxLength: 60 }), (preset, keys) => {
        let lab = createLab(preset);
        for (const key of keys) {
          const next = press(lab, key);
          const { services: _before, vfs: beforeVfs, ...beforeRest } = host(lab);
          const { services: _after, vfs: afterVfs, ...afterRest } = host(next);
          expect({ ...next, hosts: {} }).toEqual({ ...lab, hosts: {} });
          expect(afterRest).toEqual(beforeRest);
          expect({ ...afterVfs, root: null }).toEqual({ ...beforeVfs, root: null });
          expect(filesBut(afterVfs.root, '/', LOGS)).toEqual(filesBut(beforeVfs.root, '/', LOGS));
          const view = dcuiView(host(next));
          const current = host(next).services!.dcui.screen;
          if (view.tab === 'dcui' && 'index' in current && current.screen !== 'message') {
            expect(current.index).toBeGreaterThanOrEqual(0);
            expect(current.index).toBeLessThan(view.items.length);
            expect(view.items.findIndex((item) => item.selected)).toBe(current.index);
            expect(view.items.filter((item) => item.selected)).toHaveLength(1);
          }
          lab = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
