import type { HostState } from '../lab/types';
import { advConfLines } from '../storage/esx-conf';
import { formatSyslogDate } from '../time/clock';
import { buildTree, lookup, writeText, type TreeSpec } from '../vfs/tree';
import type { DirNode, Mount, Ramdisk, VfsNode } from '../vfs/types';
import { otherBank } from './banks';
import { buildInfo } from './builds';
import { VOLUME_BYTES, volumePath } from './layout';
import type { BankIndex, DiskLayout } from './types';

const MB = 1024 * 1024;
const K = 1024;

/**
 * Unpacks the booted image into a fresh visorfs root. Everything outside
 * /vmfs/volumes lives in RAM and is rebuilt here at every boot; the volumes are
 * on disk and are carried over from the previous root unchanged.
 */
export function bootedRoot(previous: DirNode, host: HostState, bank: BankIndex, nowMs: number, build: string): DirNode {
  const tree = buildTree(visorfsSpec(host, bank, nowMs, build));
  const volumes = lookup(previous, '/vmfs/volumes');
  const vmfs = tree.entries.vmfs as DirNode;
  const volumesDir = volumes.ok && volumes.node.kind === 'dir' ? volumes.node : { kind: 'dir' as const, entries: {} };
  const withNames: DirNode = { kind: 'dir', entries: { ...volumesDir.entries, ...volumeNameLinks(host.disk) } };
  return { kind: 'dir', entries: { ...tree.entries, vmfs: { kind: 'dir', entries: { ...vmfs.entries, volumes: withNames } } } };
}

function volumeNameLinks(disk: DiskLayout): Record<string, VfsNode> {
  const links: Record<string, VfsNode> = {};
  for (const volume of [...disk.banks, disk.store, ...disk.datastores]) {
    if (volume.label) links[volume.label] = { kind: 'link', target: volume.uuid };
  }
  return links;
}

function visorfsSpec(host: HostState, bank: BankIndex, nowMs: number, build: string): TreeSpec {
  const { disk } = host;
  const links: TreeSpec = {
    bootbank: { link: volumePath(disk.banks[bank].uuid) },
    altbootbank: { link: volumePath(disk.banks[otherBank(bank)].uuid) },
    store: { link: volumePath(disk.store.uuid) },
  };
  if (disk.scratch) links.scratch = { link: volumePath(disk.scratch.uuid) };
  return {
    ...links,
    bin: { sh: { link: '/bin/busybox' }, ash: { link: '/bin/busybox' }, busybox: 614_400 },
    sbin: { 'auto-backup.sh': AUTO_BACKUP_SCRIPT, 'services.sh': 6_418 },
    etc: etcSpec(host, build),
    tmp: {},
    var: {
      log: { messages: bootLog(host, nowMs, build), vmware: { 'hostd.log': '', 'vpxa.log': '' } },
      lib: { vmware: { hostd: { stats: {} } } },
    },
    vmfs: { volumes: {} },
    dev: {},
    proc: {},
    opt: {},
    usr: { lib: { vmware: {} } },
  };
}

function etcSpec(host: HostState, build: string): TreeSpec {
  const ip = managementIp(host);
  return {
    hosts: etcHosts(host, ip),
    motd: `VMware ESXi 4.1.0 build-${build.replace(/^4\.1\.0-/, '')}\n`,
    passwd: 'root:x:0:0:Administrator:/:/bin/ash\nnobody:x:99:99:Nobody:/:/sbin/nologin\n',
    'init.d': Object.fromEntries(INIT_SCRIPT_NAMES.map((name) => [name, initScriptStub(name)])),
    vmware: {
      'esx.conf': esxConf(host, ip),
      hostd: {
        'config.xml': '<config>\n  <hostdStats>\n    <path>/var/lib/vmware/hostd/stats</path>\n  </hostdStats>\n</config>\n',
        'proxy.xml': '<ConfigRoot>\n  <EndpointList>\n    <e id="0"><port>8309</port><serverNamespace>/</serverNamespace></e>\n  </EndpointList>\n</ConfigRoot>\n',
      },
      vmkiscsid: {
        'iscsid.conf': 'node.startup = automatic\nnode.session.timeo.replacement_timeout = 120\nnode.conn[0].timeo.noop_out_interval = 15\n',
        'initiatorname.iscsi': `InitiatorName=iqn.1998-01.com.vmware:${host.id}-${host.disk.banks[0].uuid.slice(0, 8)}\n`,
      },
    },
  };
}

/** /etc/hosts: localhost and the host's own name at its management address. */
const etcHosts = (host: HostState, ip: string | undefined) => `127.0.0.1\tlocalhost.localdomain localhost\n${ip ? `${ip}\t${host.hostname} ${host.id}\n` : ''}`;

/**
 * The host with /etc/hosts and /etc/vmware/esx.conf written from its configuration now, as
 * the management agents write them when the configuration changes.
 */
export function withConfigFiles(host: HostState): HostState {
  const ip = managementIp(host);
  let root = host.vfs.root;
  for (const [path, text] of [['/etc/hosts', etcHosts(host, ip)], ['/etc/vmware/esx.conf', esxConf(host, ip)]] as const) {
    const written = writeText(root, path, text);
    if (written.ok) root = written.root;
  }
  return root === host.vfs.root ? host : { ...host, vfs: { ...host.vfs, root } };
}

/** The management address: vmk0's, which the address plan gave it (none if a reader removed vmk0). */
const managementIp = (host: HostState): string | undefined => host.network.vmknics.find((nic) => nic.name === 'vmk0')?.ip;

const child = (index: number) => `child[${String(index).padStart(4, '0')}]`;

/** The host's configuration file as the running system wrote it at boot: names, NICs, switches, VMkernel NICs, advanced options set away from their defaults. */
function esxConf(host: HostState, ip: string | undefined): string {
  const { nics, vswitches, vmknics } = host.network;
  return [
    `/adv/Misc/HostName = "${host.id}"`,
    ...(ip ? [`/adv/Misc/HostIPAddr = "${ip}"`] : []),
    `/system/uuid = "${host.disk.banks[0].uuid}"`,
    '/resourceGroups/version = "4.1.0"',
    ...nics.map((nic, i) => `/net/pnic/${child(i)}/name = "${nic.name}"`),
    ...vswitches.map((sw, i) => `/net/vswitch/${child(i)}/name = "${sw.name}"`),
    ...vmknics.flatMap((nic, i) => [
      `/net/vmkernelnic/${child(i)}/name = "${nic.name}"`,
      `/net/vmkernelnic/${child(i)}/portgroup = "${nic.portGroup}"`,
      `/net/vmkernelnic/${child(i)}/ipv4address = "${nic.ip}"`,
    ]),
    ...advConfLines(host.storage.settings),
    '',
  ].join('\n');
}

function bootLog(host: HostState, nowMs: number, build: string): string {
  // syslog's form, as every line of /var/log/messages: `Mon DD HH:MM:SS host process: message`.
  const stamp = `${formatSyslogDate(nowMs)} ${host.id}`;
  const release = buildInfo(build)?.release ?? 'unknown release';
  return [
    `${stamp} vmkernel: Loading VMware ESXi 4.1.0 build-${build.replace(/^4\.1\.0-/, '')} (${release})`,
    `${stamp} vmkernel: Boot bank ${host.disk.banks[host.boot.booted].label} mounted as /bootbank`,
    `${stamp} sysboot: Boot complete on ${host.hostname}`,
    '',
  ].join('\n');
}

/**
 * The management services' start scripts in /etc/init.d. This list mirrors SERVICE_NAMES
 * (services/worlds.ts) without importing the services kit; a test there keeps them equal.
 */
export const INIT_SCRIPT_NAMES: readonly string[] = ['hostd', 'vpxa', 'sfcbd-watchdog', 'slpd', 'usbarbitrator', 'vobd', 'vprobed', 'wsman', 'lbtd'];

// Stand-ins for VMware's scripts: the services kit runs `/etc/init.d/<name>` itself.
const initScriptStub = (name: string) => `#!/bin/sh
# /etc/init.d/${name}: starts, stops, restarts and reports the ${name} service.
# Usage: /etc/init.d/${name} {start|stop|restart|status}
# (Simulated lab: this text describes the script, it is not VMware's own.)
`;

// The real script is VMware's; this stand-in says what it does, so `cat` teaches something.
const AUTO_BACKUP_SCRIPT = `#!/bin/ash
# Saves the in-memory configuration (/etc and friends) into state.tgz on /bootbank.
# Run hourly from cron and at shutdown; a change made after the last run is lost on a crash.
# (Simulated lab: this text describes the script, it is not VMware's own.)
`;

/** The vfat mounts and visorfs, as `df` reports them (the storage kit adds every VMFS datastore after these). */
export function hostMounts(disk: DiskLayout): Mount[] {
  const vfat = (uuid: string, size: number, baseUsed: number): Mount => ({ path: volumePath(uuid), fsType: 'vfat', size, baseUsed });
  return [
    { path: '/', fsType: 'visorfs', size: 312 * MB, baseUsed: 214 * MB },
    ...(disk.scratch ? [vfat(disk.scratch.uuid, VOLUME_BYTES.scratch, 4 * MB)] : []),
    vfat(disk.banks[0].uuid, VOLUME_BYTES.bank, 8 * K),
    vfat(disk.banks[1].uuid, VOLUME_BYTES.bank, 8 * K),
    vfat(disk.store.uuid, VOLUME_BYTES.store, 12 * MB),
  ];
}

/**
 * The four ramdisks of `vdf -h` (esxi-facts.md sample, hostdstats not yet full): their sizes are
 * what writes may fill (vfs/usage.ts). MAINSYS holds the root's own files, /etc and the rest.
 */
export function hostRamdisks(): Ramdisk[] {
  return [
    { name: 'MAINSYS', size: 32 * MB, used: 21 * MB, path: '/' },
    { name: 'tmp', size: 192 * MB, used: 60 * K, path: '/tmp' },
    { name: 'updatestg', size: 750 * MB, used: 24 * K },
    { name: 'hostdstats', size: 166 * MB, used: 41 * MB, path: '/var/lib/vmware/hostd/stats' },
  ];
}
