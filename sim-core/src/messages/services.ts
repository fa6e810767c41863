/**
 * What the services kit's commands print (ps, /etc/init.d scripts, services.sh, vim-cmd) and
 * what the shell says about Tech Support Mode. Real 4.1 wording where esxi-facts.md gives it
 * (`Running lbtd restart`, `net-lbt started.`, `Vobd started.`, `Starting slpd`, ...); the
 * same patterns otherwise.
 */

/**
 * How each init script names its daemon when it stops and starts it. `verbs` scripts print
 * `Stopping X` / `Starting X`; the others print `X stopped.` / `X started.`.
 */
const DAEMON: Readonly<Record<string, { label: string; verbs?: true }>> = {
  lbtd: { label: 'net-lbt' },
  vobd: { label: 'Vobd' },
  slpd: { label: 'slpd', verbs: true },
  wsman: { label: 'openwsmand', verbs: true },
  'sfcbd-watchdog': { label: 'sfcbd', verbs: true },
};

const daemon = (service: string) => DAEMON[service] ?? { label: service };

/** Why a service has nothing to run on this host, when one of its worlds needs a condition. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  vpxa: 'this host is not managed by vCenter Server (vCenter installs and starts vpxa when it adds the host)',
};

export const SERVICES_TEXT = {
  psHeader: 'WID      CID      World Name',
  psOption: (arg: string) => `ps: option ${arg} is not simulated in this lab; here is the plain list (world id, cartel id, name)`,

  stopped: (service: string) => (daemon(service).verbs ? `Stopping ${daemon(service).label}` : `${daemon(service).label} stopped.`),
  started: (service: string) => (daemon(service).verbs ? `Starting ${daemon(service).label}` : `${daemon(service).label} started.`),
  isRunning: (service: string) => `${service} is running.`,
  notRunning: (service: string) => `${service} is not running.`,
  alreadyRunning: (service: string) => `${service} is already running.`,
  cannotStart: (service: string) => `${service}: cannot start: ${NOT_APPLICABLE[service] ?? 'it has nothing to run on this host'}`,
  initUsage: (script: string) => `Usage: ${script} {start|stop|restart|status}`,

  servicesShRunning: (service: string, action: string) => `Running ${service} ${action}`,
  servicesShUsage: 'Usage: services.sh {start|stop|restart}',

  vimNoHostd: 'Failed to connect to hostd: hostd is not running (start it with /etc/init.d/hostd start)',
  vimNamespaces: ['Commands available under /:', 'hbrsvc/       internalsvc/  solo/         vmsvc/', 'hostsvc/      proxysvc/     vimsvc/       help'],
  vimVmotionCommands: ['Commands available under hostsvc/vmotion/:', 'netconfig_get  vnic_set       vnic_unset'],
  vimNotSimulated: (command: string) => `vim-cmd: ${command}: not simulated in this lab (it models hostsvc/vmotion/netconfig_get, vnic_set and vnic_unset)`,
  vimInsufficient: (command: string) => `Insufficient arguments.\nUsage: ${command} vnic_name (for example vmk1)`,
  vimNoSuchVnic: (vnic: string, host: string, known: readonly string[]) =>
    `${vnic}: no such VMkernel interface on ${host} (it has ${known.length > 0 ? known.join(', ') : 'none'})`,
} as const;

