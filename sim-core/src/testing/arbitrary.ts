/**
 * fast-check arbitraries for driving a lab the way readers, widgets and saved labs do: lines
 * for every kit's commands (realistic ones, shell-like combinations and noise), events of every
 * kit (well formed, out of range and malformed, prototype names included), time passing.
 */
import fc from 'fast-check';
import { fullSim } from '../index';
import { DCUI_KEYS } from '../services/dcui-menus';
import { NIOC_POOL_IDS } from '../network/pools';
import { TEAMING_POLICIES } from '../network/types';
import { STORAGE_SETTING_NAMES } from '../storage/settings';
import { SERVICE_NAMES } from '../services/names';
import type { LabState } from '../lab/types';

const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

/** Lines a reader of each chapter might type, whole. */
export const REAL_LINES: readonly string[] = [
  // base
  'cat /bootbank/boot.cfg', 'cat /altbootbank/boot.cfg', 'vdf -h', 'df -h', 'ls -l /bootbank /altbootbank', 'vmware -lv', 'uptime', 'date',
  'esxupdate --bundle=/vmfs/volumes/datastore1/update-from-esxi4.1-4.1_update02.zip update', 'esxupdate query', 'reboot',
  'echo bootstate=9 > /altbootbank/boot.cfg', 'rm /bootbank; mkdir /bootbank', 'rm /bootbank/boot.cfg', 'cat /etc/hosts', 'cat /etc/vmware/esx.conf',
  'tail /var/log/messages', 'history', 'help', 'help ps', 'cd /vmfs/volumes/datastore1 && ls', 'touch /tmp/a; ls /tmp',
  // services
  'ps', 'ps | grep hostd', 'services.sh restart', 'services.sh stop', '/etc/init.d/hostd stop', '/etc/init.d/hostd start', '/etc/init.d/vpxa status',
  'vim-cmd hostsvc/vmotion/netconfig_get', 'vim-cmd hostsvc/vmotion/vnic_set vmk1', 'vim-cmd hostsvc/vmotion/vnic_unset', 'vim-cmd nope',
  'vim-cmd vmsvc/getallvms', 'vim-cmd hostsvc/maintenance_mode_enter', 'vim-cmd hostsvc/maintenance_mode_exit', 'vim-cmd hostsvc/hostsummary',
  'vim-cmd vmsvc/power.off 16', 'vim-cmd vmsvc/power.on 16', 'vim-cmd vmsvc/power.getstate 32', 'vim-cmd vmsvc/power.on 99',
  'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update', 'vim-cmd hostsvc/stop_local_tsm', 'vim-cmd hostsvc/start_remote_tsm', 'vim-cmd hostsvc/enable_remote_tsm', 'vim-cmd hostsvc/disable_local_tsm', 'vim-cmd hostsvc',
  // network
  'esxcfg-nics -l', 'esxcfg-vswitch -l', 'esxcfg-vmknic -l', 'esxcfg-vswitch -a vSwitch2', 'esxcfg-vswitch -L vmnic2 vSwitch2', 'esxcfg-vswitch -A NFS vSwitch0',
  'esxcfg-vswitch -D "VM Network" vSwitch0', 'esxcfg-vswitch -D "Management Network" vSwitch0', 'esxcfg-vswitch -d vSwitch0', 'esxcfg-vswitch -U vmnic0 vSwitch0',
  'esxcfg-vswitch -m 9000 vSwitch1', 'esxcfg-vswitch -B both vSwitch0', 'esxcfg-vswitch -b vSwitch0', 'esxcfg-vswitch -v 20 -p vMotion vSwitch1',
  'esxcfg-vmknic -a -i 192.168.40.11 -n 255.255.255.0 NFS', 'esxcfg-vmknic -d NFS', 'esxcfg-vmknic -m 9000 vMotion', 'esxcfg-vmknic -d "Management Network"',
  'vmkping 192.168.10.1', 'vmkping 192.168.20.12', 'vmkping -d -s 8972 192.168.20.12', 'vmkping -c 2 esx02', 'vmkping vc01.lab.local',
  // storage
  'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove', 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedMove', 'esxcfg-advcfg -s 1 /VMFS3/HardwareAcceleratedLocking',
  'esxcfg-advcfg -d /DataMover/MaxHWTransferSize', 'esxcli corestorage device list', 'esxcli nmp device list', 'esxcli network nic list', 'esxcli corestorage', 'esxcfg-scsidevs -l', 'esxcfg-scsidevs -m', 'esxtop -b -n 1',
  `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/c1/c1.vmdk`, `vmkfstools -i ${WEB01} /vmfs/volumes/datastore1/c2/c2.vmdk`,
  'vmkfstools -c 2G -d eagerzeroedthick /vmfs/volumes/datastore1/z/z.vmdk', 'vmkfstools -c 1G /vmfs/volumes/datastore1/t/t.vmdk', 'vmkfstools -P /vmfs/volumes/datastore1',
];

const WORDS = [...fullSim.commandNames(), 'nope', 'cd', 'ls'];
const ARGS = ['-h', '-l', '-a', '-d', '-n', '2', '/', '/bootbank', '/altbootbank', '/bootbank/boot.cfg', '/tmp/x', '..', '*', '/vmfs/volumes/*', 'vSwitch0', 'vmnic1', 'vmk0',
  '"VM Network"', '192.168.10.12', '9000', '$?', "'single'", '--help', 'constructor', '__proto__', 'hasOwnProperty'];
const OPERATORS = [' ', ' ; ', ' && ', ' || ', ' | ', ' > /tmp/out ', ' 2>&1 ', ' < /bootbank/boot.cfg '];

const shellish = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...ARGS), fc.constantFrom(...OPERATORS)), { maxLength: 8 }).map((parts) => parts.join(' '));

/** Any line: a real one, a shell-like mix of every kit's words, or noise. */
export const anyLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_LINES) },
  { weight: 3, arbitrary: shellish },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.double(), fc.string({ maxLength: 12 }), fc.constantFrom(...PROTO_NAMES), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
/** A value of the expected kind most of the time, else anything at all. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk });

/** Events of every kit for a lab with these hosts: mostly well formed, some out of range, some malformed. */
export function anyEvent(hosts: readonly string[]): fc.Arbitrary<unknown> {
  const host = mostly(fc.constantFrom(...hosts, 'esx09'));
  const pool = mostly(fc.constantFrom(...NIOC_POOL_IDS));
  const named = <T extends object>(type: string, fields: fc.Arbitrary<T>) => fields.map((f) => ({ type, ...f }));
  return fc.oneof(
    named('console-key', fc.record({ host, key: mostly(fc.constantFrom('Shift+R', 'Shift+Y', 'Enter', 'Escape', 'other')) })),
    named('power', fc.record({ host, action: mostly(fc.constantFrom('reboot', 'reset')) })),
    named('tick', fc.record({ ms: mostly(fc.integer({ min: 0, max: 120_000 })) })),
    named('answer', fc.record({ question: mostly(fc.string({ maxLength: 10 })), value: mostly(fc.string({ maxLength: 10 })) })),
    named('dcui-key', fc.record({ host, key: mostly(fc.constantFrom(...DCUI_KEYS)) })),
    named('service', fc.record({ host, service: mostly(fc.constantFrom(...SERVICE_NAMES)), action: mostly(fc.constantFrom('start', 'stop')) })),
    named('net-demand', fc.record({ host, port: mostly(fc.constantFrom('vmk1', '100', '104', 'vm03')), mbps: mostly(fc.integer({ min: -10, max: 12_000 })) })),
    named('nioc-shares', fc.record({ pool, shares: mostly(fc.oneof(fc.constantFrom('low', 'normal', 'high'), fc.integer({ min: -5, max: 120 }))) })),
    named('nioc-limit', fc.record({ pool, limitMbps: mostly(fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 2_000 }))) })),
    named('nioc-enabled', fc.record({ enabled: mostly(fc.boolean()) })),
    named('teaming', fc.record({ portGroup: mostly(fc.constantFrom('VM Network', 'Management Network', 'vMotion')), policy: mostly(fc.constantFrom(...TEAMING_POLICIES)), host: fc.option(host, { nil: undefined }) })),
    named('dvs-change', fc.record({ change: mostly(fc.oneof(
      fc.record({ kind: fc.constant('mtu'), mtu: mostly(fc.integer({ min: 1000, max: 10_000 })) }),
      fc.record({ kind: fc.constant('cdp'), mode: mostly(fc.constantFrom('listen', 'advertise', 'both', 'down')) }),
      fc.record({ kind: fc.constant('portgroup-add'), name: mostly(fc.constantFrom('Web', 'VM Network', '')), vlan: mostly(fc.integer({ min: -1, max: 5000 })) }),
      fc.record({ kind: fc.constant('portgroup-vlan'), name: mostly(fc.constantFrom('VM Network', 'Web')), vlan: mostly(fc.integer({ min: -1, max: 5000 })) }),
      fc.record({ kind: fc.constant('portgroup-remove'), name: mostly(fc.constantFrom('Web', 'VM Network', 'vMotion')) }),
    )) })),
    named('nic-link', fc.record({ host, vmnic: mostly(fc.constantFrom('vmnic0', 'vmnic1', 'vmnic2', 'vmnic3')), up: mostly(fc.boolean()) })),
    named('storage-setting', fc.record({ host, name: mostly(fc.constantFrom(...STORAGE_SETTING_NAMES)), value: mostly(fc.integer({ min: -1, max: 20_000 })) })),
    named('storage-workload', fc.record({ workload: mostly(fc.constantFrom('clone', 'zero', 'boot-storm')), host, datastore: fc.option(mostly(fc.constantFrom('ds-vmfs8', 'ds-shared', 'datastore1')), { nil: undefined }), sizeGB: fc.option(mostly(fc.integer({ min: -1, max: 100 })), { nil: undefined }) })),
    ...vcenterEvents(hosts, host),
    fc.constantFrom(...PROTO_NAMES, 'nope').map((type) => ({ type, host: hosts[0] })),
    junk,
  );
}

/** vCenter's events: the inventory's (maintenance mode, VM power and moves, connections, new hosts) and host profiles'. */
function vcenterEvents(hosts: readonly string[], host: fc.Arbitrary<unknown>): fc.Arbitrary<unknown>[] {
  const named = <T extends object>(type: string, fields: fc.Arbitrary<T>) => fields.map((f) => ({ type, ...f }));
  const vm = mostly(fc.constantFrom('web01', 'web02', 'web03', 'db01', 'vm01', 'web09'));
  const profile = mostly(fc.constantFrom('Gold', 'Silver'));
  const target = mostly(fc.constantFrom(...hosts, 'Cluster01', 'Cluster09'));
  const ip = fc.oneof(fc.constantFrom('192.168.20.14', '192.168.20.12', '192.168.20.255', '192.168.20.300', '', 'x'), fc.integer({ min: 1, max: 254 }).map((n) => `192.168.20.${n}`));
  const values = mostly(fc.dictionary(fc.constantFrom('vmk1.ip', 'vmk2.ip', '__proto__', 'constructor'), mostly(ip), { maxKeys: 2 }));
  return [
    named('vc-maintenance', fc.record({ host, action: mostly(fc.constantFrom('enter', 'exit')) })),
    named('vc-vm-power', fc.record({ vm, action: mostly(fc.constantFrom('on', 'off')) })),
    named('vc-vm-migrate', fc.record({ vm, to: host })),
    named('vc-connection', fc.record({ host, action: mostly(fc.constantFrom('connect', 'disconnect')) })),
    named('vc-add-host', fc.record({ host, cluster: mostly(fc.constantFrom('Cluster01', 'Cluster09')) })),
    named('profile-create', fc.record({ name: profile, fromHost: host })),
    named('profile-attach', fc.record({ profile, target })),
    named('profile-detach', fc.record({ profile, target })),
    named('profile-check', fc.record({ profile })),
    named('profile-apply', fc.record({ profile, host, values })),
  ];
}

export type Step = { kind: 'exec'; host: string; line: string } | { kind: 'event'; event: unknown };

/** A step on a lab with these hosts: a typed line on one of them, or an event. */
export function anyStep(hosts: readonly string[]): fc.Arbitrary<Step> {
  return fc.oneof(
    fc.record({ kind: fc.constant('exec' as const), host: fc.constantFrom(...hosts), line: anyLine }),
    fc.record({ kind: fc.constant('event' as const), event: anyEvent(hosts) }),
  );
}

export const applyAny = (lab: LabState, step: Step): LabState =>
  step.kind === 'exec' ? fullSim.exec(lab, step.host, step.line).lab : fullSim.dispatch(lab, step.event).lab;

export const PRESETS: readonly string[] = fullSim.presets().map((preset) => preset.id);
/** Each preset's host ids (the lab of a preset always has the same hosts). */
export const HOSTS_OF: Readonly<Record<string, readonly string[]>> = Object.fromEntries(PRESETS.map((id) => [id, Object.keys(fullSim.createLab(id).hosts)]));
