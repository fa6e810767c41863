/**
 * What the host's local console (DCUI, and the other consoles behind Alt+F1/F11/F12) shows.
 * Troubleshooting Options and its items follow esxi-facts.md ("Tech Support Mode and the
 * DCUI"); the other System Customization labels are our best guess at the real ones.
 */
export const DCUI_MENU_TEXT = {
  password: { label: 'Configure Password', about: 'Sets the root password. In this lab root has no password.' },
  lockdown: { label: 'Configure Lockdown Mode', about: 'Lockdown mode refuses direct logins (vSphere Client, vSphere API) so the host is managed only through vCenter Server. root can still log in to this console. It needs the host to be managed by vCenter Server.' },
  network: { label: 'Configure Management Network', about: 'The network adapters, VLAN, IP address and DNS of the management network (vmk0).' },
  restartNetwork: { label: 'Restart Management Network', about: 'Renews the management network\'s address and restarts its interface.' },
  testNetwork: { label: 'Test Management Network', about: 'Pings the default gateway and DNS servers and resolves the host\'s name.' },
  keyboard: { label: 'Configure Keyboard', about: 'The layout of the host\'s local keyboard.' },
  support: { label: 'View Support Information', about: 'The host\'s serial number, license and SSL thumbprint.' },
  logs: { label: 'View System Logs', about: 'Reads the host\'s logs on this console.' },
  reset: { label: 'Reset System Configuration', about: 'Puts the host\'s configuration back to its defaults.' },
  troubleshooting: { label: 'Troubleshooting Options', about: 'Tech Support Mode (local and over SSH), its timeout, and restarting the management agents.' },
} as const;

export type DcuiMenuId = keyof typeof DCUI_MENU_TEXT;

const state = (on: boolean) => (on ? 'enabled' : 'disabled');
const minutes = (value: number) => (value === 0 ? 'off (0)' : `${value} minute${value === 1 ? '' : 's'}`);

export const DCUI_TEXT = {
  homeTitle: (buildNumber: string) => `VMware ESXi 4.1.0 (VMKernel Release Build ${buildNumber})`,
  downloadTools: 'Download tools to manage this host from:',
  url: (address: string) => `http://${address}/`,
  staticUrl: (ip: string) => `http://${ip}/ (STATIC)`,
  noManagementIp: 'The management network (vmk0) has no address.',
  homeFooter: '<F2> Customize System   <F12> Shut Down/Restart',
  shutdownTitle: 'Shut Down/Restart',
  shutdownNotSimulated: 'Shutting down or restarting from the DCUI is not simulated in this lab. Type reboot in the Terminal, or use the boot console\'s reboot button.',
  loginTitle: 'Authentication Required',
  loginLines: (hostname: string) => [`Enter an authorized login name and password for ${hostname}.`, 'Login Name:  [ root ]', 'Password:    [ ]', 'In this lab root has no password: press Enter to log in.'],
  loginFooter: '<Enter> OK   <Esc> Cancel',
  menuTitle: 'System Customization',
  menuFooter: '<Up/Down> Select   <Enter> Change   <Esc> Log Out',
  notSimulated: (label: string) => `${label} is not simulated in this lab. A real ESXi 4.1 host has it; this lab does not model it.`,
  messageFooter: '<Enter> OK   <Esc> Back',
  lockdownNeedsVcenter: 'Lockdown mode can only be enabled on a host managed by vCenter Server. This host is not managed by vCenter Server.',
  lockdownSet: (on: boolean, vcenter: string) =>
    on ? `Lockdown mode enabled: direct logins to the host are refused; manage it through ${vcenter}. root can still log in to this console.` : 'Lockdown mode disabled: direct logins to the host are allowed again.',
  lockdownLog: (on: boolean) => `root: Lockdown mode ${state(on)} from the DCUI`,
  troubleshootingTitle: 'Troubleshooting Options',
  troubleshootingFooter: '<Up/Down> Select   <Enter> Change   <Esc> Exit',
  localItem: (on: boolean) => (on ? 'Disable Local Tech Support' : 'Enable Local Tech Support'),
  remoteItem: (on: boolean) => (on ? 'Disable Remote Tech Support (SSH)' : 'Enable Remote Tech Support (SSH)'),
  timeoutItem: 'Modify Tech Support timeout',
  restartItem: 'Restart Management Agents',
  localAbout: (on: boolean) => [`Local Tech Support is ${state(on)}.`, 'Local Tech Support Mode is the shell on this console (Alt+F1).'],
  remoteAbout: (on: boolean) => [`Remote Tech Support (SSH) is ${state(on)}.`, on ? 'dropbear listens on port 22.' : 'Nothing listens on port 22: SSH logins are refused.'],
  timeoutAbout: (value: number) => [
    `Tech Support timeout: ${minutes(value)}.`,
    'Enter cycles 0 (off), 5, 10, 30 minutes. When it runs out, Tech Support Mode is disabled again; sessions already open keep running.',
  ],
  restartAbout: ['Restarts hostd, vpxa and the other management agents (like services.sh restart).'],
  tsmLog: (which: 'local' | 'remote', on: boolean) => `root: ${which === 'local' ? 'Local Tech Support Mode' : 'Remote Tech Support Mode (SSH)'} ${state(on)}`,
  timeoutExpiredLog: (value: number) => `Hostd: Tech Support Mode timed out after ${value} minutes: local and remote Tech Support Mode disabled; open sessions keep running`,
  timeoutLog: (value: number) => (value === 0 ? 'root: Tech Support Mode timeout disabled' : `root: Tech Support Mode timeout set to ${value} minutes`),
  confirmTitle: 'Restart Management Agents',
  confirmLines: ['This restarts hostd, vpxa and the other management agents.', 'Connections to the host (vSphere Client, vCenter Server) drop while they restart.'],
  confirmFooter: '<F11> Restart   <Esc> Cancel',
  restarted: 'Management agents restarted: every init-script service was stopped and started again.',
  logsTitle: 'View System Logs',
  logsFooter: '<Up/Down> Select   <Enter> View   <Esc> Exit',
  logLabels: ['Messages', 'Config', 'Management Agent (hostd)', 'VirtualCenter Agent (vpxa)'] as readonly string[],
  logItem: (number: number, label: string) => `${number}) ${label}`,
  logFile: (path: string) => `File: ${path}`,
  logViewFooter: '<Esc> Back',
  logEmpty: (path: string) => `${path} is empty.`,
  logMissing: (path: string) => `${path} does not exist on this host.`,
  tsmLoginTitle: 'Tech Support Mode',
  tsmLogin: (hostname: string) => `${hostname} login: `,
  tsmTerminal: 'In this lab the Terminal widget is this Tech Support Mode shell: type commands there.',
  tsmDisabled: ['Tech Support Mode is disabled.', 'Enable it in the DCUI (Alt+F2): F2, Troubleshooting Options, Enable Local Tech Support.'],
  summaryTitle: 'Host summary',
  summary: {
    build: (build: string) => `Build:                 ${build}`,
    hostname: (name: string) => `Hostname:              ${name}`,
    ip: (ip: string) => `Management IP:         ${ip}`,
    local: (on: boolean) => `Local Tech Support:    ${state(on)}`,
    remote: (on: boolean) => `Remote Tech Support:   ${state(on)} (SSH)`,
    timeout: (value: number) => `Tech Support timeout:  ${minutes(value)}`,
    managedBy: (vcenter: string | null) => `Managed by:            ${vcenter ?? 'no vCenter Server (standalone)'}`,
    cluster: (cluster: string | null) => `HA cluster:            ${cluster ?? 'none'}`,
    lockdown: (on: boolean) => `Lockdown mode:         ${state(on)}`,
    maintenance: (on: boolean) => `Maintenance mode:      ${state(on)}`,
  },
  /** [guess] the home screen's line for a host in maintenance mode (4.1's wording not found). */
  inMaintenance: 'This host is in maintenance mode.',
  noIp: 'none',
  vmkernelTitle: 'VMkernel log',
  vmkernelNote: 'This lab keeps no separate VMkernel log: these are the last lines of /var/log/messages.',
  tabsFooter: '<Alt+F1> Tech Support   <Alt+F2> DCUI   <Alt+F11> Summary   <Alt+F12> Log',
  downTitle: 'Console',
  down: (host: string) => `${host} is not running: it is at its boot console.`,
  noServices: 'This lab does not model the host\'s management side, so there is no DCUI here.',
} as const;
