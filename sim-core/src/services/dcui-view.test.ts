import { describe, expect, it } from 'vitest';
import { dispatch, createLab, exec } from '../testing/sim';
import type { HostState, LabState } from '../lab/types';
import { DCUI_TEXT } from '../messages/dcui';
import { LOG_FILES, appendLog } from './actions';
import { MENU, TROUBLESHOOTING } from './dcui-menus';
import { dcuiView } from './dcui-view';
import type { DcuiKey, DcuiScreen } from './types';

const press = (lab: LabState, ...keys: DcuiKey[]): LabState => keys.reduce((next, key) => dispatch(next, { type: 'dcui-key', host: 'esx01', key }), lab);
const down = (times: number): DcuiKey[] => Array.from({ length: times }, () => 'Down');
const view = (lab: LabState) => dcuiView(lab.hosts.esx01!);
const selected = (lab: LabState) => view(lab).items.find((item) => item.selected)?.label;
const toTroubleshooting = (lab: LabState) => press(lab, 'F2', 'Enter', ...down(MENU.indexOf('troubleshooting')), 'Enter');
const withScreen = (host: HostState, screen: unknown): HostState => ({ ...host, services: { ...host.services!, dcui: { tab: 'dcui', screen: screen as DcuiScreen } } });

describe('dcuiView', () => {
  it('shows the yellow-and-grey home screen with the build, the host and its management address', () => {
    const home = view(createLab('standalone-host'));
    expect(home).toMatchObject({ tab: 'dcui', tone: 'home', title: 'VMware ESXi 4.1.0 (VMKernel Release Build 348481)', items: [] });
    expect(home.lines).toContain('esx01.lab.local');
    expect(home.lines).toContain('http://192.168.10.11/ (STATIC)');
    expect(home.footer).toContain('<F2> Customize System');
    expect(home.keys).toEqual(expect.arrayContaining(['F2', 'F12', 'Alt+F1']));
    expect(home.keys).not.toContain('Alt+F2');
  });

  it('says on the home screen and the summary when the host is in maintenance mode', () => {
    const lab = createLab('standalone-host');
    expect(view(lab).lines).not.toContain(DCUI_TEXT.inMaintenance);
    const entered = exec(lab, 'esx01', 'vim-cmd hostsvc/maintenance_mode_enter').lab;
    expect(view(entered).lines).toContain('This host is in maintenance mode.');
    expect(view(press(entered, 'Alt+F11')).lines).toContain('Maintenance mode:      enabled');
    expect(view(press(lab, 'Alt+F11')).lines).toContain('Maintenance mode:      disabled');
  });

  it('asks for root on the login screen, then lists System Customization with Troubleshooting Options', () => {
    const login = view(press(createLab('standalone-host'), 'F2'));
    expect(login).toMatchObject({ tone: 'dialog', title: DCUI_TEXT.loginTitle });
    expect(login.lines.join('\n')).toContain('root');
    const menu = press(createLab('standalone-host'), 'F2', 'Enter');
    expect(view(menu).title).toBe('System Customization');
    expect(view(menu).items.map((item) => item.label)).toContain('Troubleshooting Options');
    expect(view(menu).footer).toContain('<Esc> Log Out');
    expect(selected(press(menu, ...down(99)))).toBe('Troubleshooting Options');
    expect(selected(press(menu, 'Up'))).toBe('Configure Password');
  });

  it('labels the Tech Support items by their state', () => {
    const lab = toTroubleshooting(createLab('standalone-host'));
    expect(view(lab).items.map((item) => item.label)).toEqual(['Disable Local Tech Support', 'Enable Remote Tech Support (SSH)', 'Modify Tech Support timeout', 'Restart Management Agents']);
    const enabled = press(lab, 'Down', 'Enter');
    expect(selected(enabled)).toBe('Disable Remote Tech Support (SSH)');
    expect(view(enabled).lines.join(' ')).toMatch(/port 22/);
  });

  it('shows the restart confirmation with F11 and Esc', () => {
    const confirm = press(toTroubleshooting(createLab('hostd-stopped')), ...down(TROUBLESHOOTING.indexOf('restart')), 'Enter');
    expect(view(confirm)).toMatchObject({ tone: 'dialog', title: 'Restart Management Agents', footer: DCUI_TEXT.confirmFooter });
    expect(view(confirm).keys).toEqual(expect.arrayContaining(['F11', 'Escape']));
    expect(view(confirm).keys).not.toContain('Enter');
  });

  it('lists the system logs and shows the last lines of the chosen one', () => {
    const logs = press(createLab('standalone-host'), 'F2', 'Enter', ...down(MENU.indexOf('logs')), 'Enter');
    expect(view(logs).items.map((item) => item.label)).toEqual(['1) Messages', '2) Config', '3) Management Agent (hostd)', '4) VirtualCenter Agent (vpxa)']);
    const host = appendLog(press(logs, 'Enter').hosts.esx01!, 0, LOG_FILES.messages, 'root: a line to find');
    const shown = dcuiView(host);
    expect(shown).toMatchObject({ tone: 'text', title: 'Messages: /var/log/messages' });
    expect(shown.lines.at(-1)).toMatch(/root: a line to find$/);
    expect(shown.lines.length).toBeGreaterThan(1);
    expect(dcuiView(withScreen(host, { screen: 'log-view', log: LOG_FILES.vpxa })).lines).toEqual([expect.stringContaining(LOG_FILES.vpxa)]);
  });

  it('shows the other consoles: Tech Support login, summary and the log', () => {
    const lab = createLab('managed-host');
    expect(view(press(lab, 'Alt+F1')).lines[0]).toBe('esx01.lab.local login: ');
    const off = press(toTroubleshooting(lab), 'Enter', 'Alt+F1');
    expect(view(off).lines).toEqual([...DCUI_TEXT.tsmDisabled]);
    const summary = view(press(lab, 'Alt+F11'));
    expect(summary.lines.join('\n')).toMatch(/4\.1\.0-348481[\s\S]*vc01\.lab\.local[\s\S]*Cluster01/);
    const log = view(press(lab, 'Alt+F12'));
    expect(log).toMatchObject({ tab: 'vmkernel-log', tone: 'text' });
    expect(log.lines[0]).toBe(DCUI_TEXT.vmkernelNote);
    expect(log.lines.length).toBeGreaterThan(1);
  });

  it('says when the host is down, with no keys; every lab host has a DCUI', () => {
    const rebooting = dispatch(createLab('standalone-host'), { type: 'power', host: 'esx01', action: 'reboot' });
    expect(view(rebooting)).toMatchObject({ tone: 'text', keys: [], lines: [DCUI_TEXT.down('esx01')] });
    expect(view(createLab('fresh-install'))).toMatchObject({ tone: 'home', keys: ['F2', 'F12', 'Alt+F1', 'Alt+F11', 'Alt+F12'] });
  });

  it('draws a garbled saved state as the nearest valid screen', () => {
    const host = createLab('standalone-host').hosts.esx01!;
    expect(selected({ ...createLab('standalone-host'), hosts: { esx01: withScreen(host, { screen: 'menu', index: 99 }) } })).toBe('Troubleshooting Options');
    expect(dcuiView(withScreen(host, { screen: 'nope' })).tone).toBe('home');
    expect(dcuiView(withScreen(host, { screen: 'message', back: 'x' })).title).toBe('');
  });
});
