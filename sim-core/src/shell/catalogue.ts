/**
 * ESXi 4.1's commands: the one list that decides what the lab's shell knows. A name here is
 * either simulated (some kit's shape names it) or answers "not simulated in this lab"; a name
 * missing here answers `-ash: X: not found`, as on a real 4.1 host. A kit may only simulate a
 * name that is here (catalogue.test.ts holds every kit to it), so the lab never offers a command
 * 4.1 lacks (5.x's `localcli`, classic ESX's `esxcfg-firewall`).
 *
 * Sources: the esxcfg-*, vmk*, vim-cmd, esxcli, vmkfstools and esxtop names, services.sh,
 * auto-backup.sh and the init scripts are in esxi-facts.md or VMware's 4.1 documentation. The
 * busybox applets of 4.1's build are [guess]: the usual busybox 1.x set of an ESXi 4.x host, as
 * remembered; none of them is taught as a fact.
 */

/** VMware's own tools on a 4.1 host (in /sbin and /usr/sbin). */
const VMWARE_TOOLS = [
  'esxcfg-advcfg', 'esxcfg-dumppart', 'esxcfg-hwiscsi', 'esxcfg-info', 'esxcfg-module', 'esxcfg-mpath',
  'esxcfg-nas', 'esxcfg-nics', 'esxcfg-rescan', 'esxcfg-route', 'esxcfg-scsidevs',
  'esxcfg-swiscsi', 'esxcfg-vmknic', 'esxcfg-volume', 'esxcfg-vswitch',
  'esxcli', 'esxtop', 'esxupdate', 'vim-cmd', 'vmkfstools', 'vmkping', 'vmkchdev', 'vmkerrcode',
  'vmkload_mod', 'vmware', 'vsish', 'vscsiStats', 'ethtool', 'dcui', 'services.sh',
  'auto-backup.sh', '/sbin/auto-backup.sh',
] as const;

/** busybox's applets and ash's builtins on a 4.1 host [guess for the exact set]. */
const BUSYBOX = [
  'ls', 'cd', 'pwd', 'cat', 'mkdir', 'touch', 'rm', 'rmdir', 'cp', 'mv', 'ln', 'chmod', 'find',
  'echo', 'grep', 'head', 'tail', 'wc', 'more', 'less', 'sed', 'awk', 'sort', 'uniq', 'cut', 'tr', 'vi',
  'history', 'help', 'clear', 'true', 'false', 'exit', 'logout',
  'uname', 'date', 'uptime', 'hostname', 'df', 'vdf', 'ps', 'kill', 'top', 'free', 'dmesg', 'mount', 'reboot',
  'ping', 'ifconfig', 'wget', 'tar', 'gzip', 'ssh', 'scp',
] as const;

/** The init scripts, each a command by its path (esxi-facts.md; the list mirrors services/names.ts). */
const INIT_SCRIPTS = ['hostd', 'vpxa', 'sfcbd-watchdog', 'slpd', 'usbarbitrator', 'vobd', 'vprobed', 'wsman', 'lbtd'].map((name) => `/etc/init.d/${name}`);

/** Every command name of a 4.1 host the lab knows of. */
export const ESXI41_COMMANDS: readonly string[] = [...VMWARE_TOOLS, ...BUSYBOX, ...INIT_SCRIPTS];

/**
 * esxcli's namespaces on 4.1, as namespace → object → commands. corestorage, nmp and swiscsi are
 * in esxi-facts.md ("renamed in 5.0"); network, vaai and vms, and the objects and commands beyond
 * `corestorage device list`, `nmp device list` and `swiscsi nic list`, are [guess].
 */
export const ESXCLI41: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  corestorage: { device: ['list'], claimrule: ['list', 'add', 'delete', 'load', 'run'], claiming: ['reclaim', 'unclaim'], plugin: ['list'] },
  network: { connection: ['list'], neighbor: ['list'] },
  nmp: { device: ['list', 'setpolicy'], path: ['list'], psp: ['list'], satp: ['list'] },
  swiscsi: { nic: ['list', 'add', 'remove'], session: ['list'], vmnic: ['list'], vmknic: ['list'] },
  vaai: { device: ['list'] },
  vms: { vm: ['list', 'kill'] },
};

export const isEsxi41Command = (name: string): boolean => ESXI41_COMMANDS.includes(name);

/** Where a line of esxcli words stands against 4.1's namespaces. */
export type EsxcliLookup =
  | { kind: 'command'; path: string }
  | { kind: 'incomplete'; words: string[] }
  | { kind: 'unknown'; words: string[] };

/** `network nic list` is unknown (5.x); `corestorage device` is incomplete; `nmp device list` a command. */
export function esxcliLookup(words: readonly string[]): EsxcliLookup {
  const [namespace, object, command] = words;
  const objects = namespace === undefined || !Object.hasOwn(ESXCLI41, namespace) ? undefined : ESXCLI41[namespace];
  if (!objects) return { kind: 'unknown', words: words.slice(0, 1) };
  if (object === undefined) return { kind: 'incomplete', words: [namespace!] };
  const commands = Object.hasOwn(objects, object) ? objects[object] : undefined;
  if (!commands) return { kind: 'unknown', words: [namespace!, object] };
  if (command === undefined) return { kind: 'incomplete', words: [namespace!, object] };
  if (!commands.includes(command)) return { kind: 'unknown', words: [namespace!, object, command] };
  return { kind: 'command', path: `${namespace} ${object} ${command}` };
}
