/**
 * What the services kit's commands print (ps, /etc/init.d scripts, services.sh, vim-cmd) and
 * what the shell says about Tech Support Mode. Real 4.1 wording where esxi-facts.md gives it
 * (`Running lbtd restart`, `net-lbt started.`, `Vobd started.`, `Starting slpd`, hostd's watchdog
 * line); 5.x's where 4.1's is unknown [later], marked below.
 */

/**
 * The command line hostd's and vpxa's watchdog prints as it starts the agent. hostd's is from a
 * real 4.1 `services.sh restart` (no `bg_pid_file` tail: that is 5.x, esxi-facts.md); vpxa's is
 * 5.x's without that tail [guess].
 */
const WATCHDOG: Readonly<Record<string, string>> = {
  hostd: 'hostd ++min=0,swap,group=hostd /etc/vmware/hostd/config.xml',
  vpxa: '/usr/lib/vmware/vpxa/bin/vpxa ++min=0,swap,group=vpxa -D /etc/vmware/vpxa',
};

/**
 * What a service's script prints as it starts the daemon: `net-lbt started.`, `Vobd started.` and
 * `Starting slpd` are 4.1's (esxi-facts.md); openwsmand's, usbarbitrator's and vprobed's are 5.x's
 * [later]; sfcbd-watchdog prints nothing on 5.x. Stopping prints nothing: the facts show no
 * "stopped" line, so the lab invents none.
 */
const START_LINE: Readonly<Record<string, string>> = {
  lbtd: 'net-lbt started.',
  vobd: 'Vobd started.',
  slpd: 'Starting slpd',
  wsman: 'Starting openwsmand',
  usbarbitrator: 'usbarbitrator started',
  vprobed: 'vprobed started',
};

/** Why a service has nothing to run on this host, when one of its worlds needs a condition. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  vpxa: 'this host is not managed by vCenter Server (vCenter installs and starts vpxa when it adds the host)',
};

export const SERVICES_TEXT = {
  psHeader: 'WID      CID      World Name',
  psOption: (arg: string) => `ps: option ${arg} is not simulated in this lab; here is the plain list (world id, cartel id, name)`,

  /** The lines a start prints; `pid` is the watchdog's, for the agents that run under one. */
  started: (service: string, pid: number): string[] => {
    const watched = WATCHDOG[service];
    if (watched) return [`[${pid}] Begin '${watched}', min-uptime = 60, max-quick-failures = 1, max-total-failures = 1000000`];
    const line = START_LINE[service];
    return line ? [line] : [];
  },
  isRunning: (service: string) => `${service} is running.`,
  notRunning: (service: string) => `${service} is not running.`,
  alreadyRunning: (service: string) => `${service} is already running.`,
  cannotStart: (service: string) => `${service}: cannot start: ${NOT_APPLICABLE[service] ?? 'it has nothing to run on this host'}`,
  initUsage: (script: string) => `Usage: ${script} {start|stop|restart|status}`,

  servicesShRunning: (service: string, action: string) => `Running ${service} ${action}`,
  servicesShUsage: 'Usage: services.sh {start|stop|restart}',

  vimNoHostd: 'Failed to connect to hostd: hostd is not running (start it with /etc/init.d/hostd start)',
  /** `Commands available under hostsvc/:` and the names, four to a row. */
  vimListing: (namespace: string, names: readonly string[]): string[] => [
    `Commands available under ${namespace}:`,
    ...Array.from({ length: Math.ceil(names.length / 4) }, (_, row) => names.slice(row * 4, row * 4 + 4).map((name, i, all) => (i < all.length - 1 ? name.padEnd(26) : name)).join('')),
  ],
  vimNotSimulated: (command: string) => `vim-cmd: ${command}: not simulated in this lab (it models vmsvc/getallvms and power.*, hostsvc/hostsummary, maintenance mode, the TSM commands and hostsvc/vmotion)`,
  /** [guess] 4.1's wording for a command its vim-cmd lacks (5.x's enable_ssh, say). */
  vimUnknown: (command: string) => `Invalid command '${command}'`,
  getallvmsHeader: ['Vmid', 'Name', 'File', 'Guest OS', 'Version', 'Annotation'] as readonly string[],
  vimInsufficient: (command: string) => `Insufficient arguments.\nUsage: ${command} vnic_name (for example vmk1)`,
  vimNoSuchVnic: (vnic: string, host: string, known: readonly string[]) =>
    `${vnic}: no such VMkernel interface on ${host} (it has ${known.length > 0 ? known.join(', ') : 'none'})`,
} as const;

