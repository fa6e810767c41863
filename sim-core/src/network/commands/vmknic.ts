import type { HostState, LabState } from '../../lab/types';
import { fail, lines, ok, type CommandResult, type CommandSpec } from '../../shell/types';
import type { VmkNic } from '../types';
import { NET_TEXT as T, VMKNIC_HEADER, VMKNIC_WIDTHS, columns } from '../messages';
import { findVmknicByIp, isIpv4 } from '../path';
import { dvSwitchesOfHost, vmkMac, vmkMtu, vmkNetmask, vmknicsOf, withVmknics } from '../state';
import { isMtu } from '../vcenter';
import { dvPortOfVmknic } from '../view';
import { parseOptions } from './options';

const SPECS = [
  { short: 'a', long: 'add', takesValue: false },
  { short: 'd', long: 'del', takesValue: false },
  { short: 'l', long: 'list', takesValue: false },
  { short: 'i', long: 'ip', takesValue: true },
  { short: 'n', long: 'netmask', takesValue: true },
  { short: 'm', long: 'mtu', takesValue: true },
];

const err = (message: string): CommandResult => fail(`${message}\n`);

function broadcast(ip: string, mask: string): string {
  const a = ip.split('.').map(Number);
  const m = mask.split('.').map(Number);
  return a.map((octet, i) => (octet & m[i]!) | (~m[i]! & 255)).join('.');
}

function listRows(lab: LabState, host: HostState): string[] {
  return vmknicsOf(host).map((nic) => {
    const mask = vmkNetmask(nic);
    const where = dvPortOfVmknic(lab, host.id, nic.name) ?? nic.portGroup;
    return columns(VMKNIC_WIDTHS, [nic.name, where, 'IPv4', nic.ip, mask, broadcast(nic.ip, mask), vmkMac(host, nic), vmkMtu(nic), 65535, 'true', 'STATIC']);
  });
}

const isDvPortgroup = (lab: LabState, hostId: string, pg: string) => dvSwitchesOfHost(lab, hostId).some((dvs) => dvs.portGroups.some((candidate) => candidate.name === pg));

/** `esxcfg-vmknic`: list, add, delete VMkernel NICs on standard port groups; change their MTU. */
export const esxcfgVmknic: CommandSpec = {
  name: 'esxcfg-vmknic',
  summary: 'list and configure VMkernel NICs (vmk0, vmk1, ...)',
  help: T.vmknicHelp,
  run: ({ lab, host, argv }) => {
    const parsed = parseOptions(argv.slice(1), SPECS);
    if (!parsed.ok) return err(`esxcfg-vmknic: ${parsed.message}\n${T.vmknicUsage}`);
    const { options, positional } = parsed;
    const nics = vmknicsOf(host);
    if (options.has('l')) return ok(lines([columns(VMKNIC_WIDTHS, VMKNIC_HEADER), ...listRows(lab, host)]));
    const pg = positional.join(' ');
    if (positional.length === 0 || (options.has('a') && options.has('d'))) return err(T.vmknicUsage);
    if (isDvPortgroup(lab, host.id, pg)) return err(T.vmknicOnDvs(pg));
    const onPg = nics.find((nic) => nic.portGroup === pg);
    const mtuText = options.get('m');
    const mtu = typeof mtuText === 'string' ? (/^\d+$/.test(mtuText) ? Number(mtuText) : Number.NaN) : undefined;
    if (mtu !== undefined && !isMtu(mtu)) return err(T.badMtu(String(mtuText)));
    if (options.has('d')) {
      if (!onPg) return err(T.vmknicNone(pg));
      return ok('', withVmknics(lab, host, nics.filter((nic) => nic !== onPg)));
    }
    if (options.has('a')) {
      const ip = options.get('i');
      const mask = options.get('n') ?? '255.255.255.0';
      if (typeof ip !== 'string' || typeof mask !== 'string') return err(T.vmknicUsage);
      if (!isIpv4(ip)) return err(T.vmknicBadIp(ip));
      if (!isIpv4(mask)) return err(T.vmknicBadMask(mask));
      if (!host.network.vswitches.some((sw) => sw.portGroups.some((candidate) => candidate.name === pg))) return err(T.vmknicNoPg(pg));
      if (onPg) return err(T.vmknicExists(pg, onPg.name));
      const taken = findVmknicByIp(lab, ip);
      if (taken) return err(T.vmknicIpTaken(ip, `${taken.nic.name} on ${taken.host.id}`));
      let k = 0;
      while (nics.some((nic) => nic.name === `vmk${k}`)) k++;
      const added: VmkNic = { name: `vmk${k}`, portGroup: pg, ip, vmotion: false, netmask: mask, mtu: mtu ?? 1500 };
      return ok('', withVmknics(lab, host, [...nics, added]));
    }
    // [guess] -m alone changes an existing VMkernel NIC's MTU (4.x docs mostly say delete and re-add).
    if (mtu !== undefined) {
      if (!onPg) return err(T.vmknicNone(pg));
      return ok('', withVmknics(lab, host, nics.map((nic) => (nic === onPg ? { ...nic, mtu } : nic))));
    }
    return err(T.vmknicUsage);
  },
};
