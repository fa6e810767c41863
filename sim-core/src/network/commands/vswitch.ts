import type { HostState, LabState } from '../../lab/types';
import { fail, lines, ok, type CommandResult, type CommandSpec } from '../../shell/types';
import { NET_TEXT as T } from '../messages';
import { dvSwitchesOfHost, networkOf, switchOfNic, vmknicsOf, withHostNetwork } from '../state';
import { CDP_MODES, type CdpMode, type HostNetwork, type StandardSwitch } from '../types';
import { isMtu, isVlan } from '../vcenter';
import { hostSwitches } from '../view';
import { parseOptions } from './options';
import { cdpMode, listSwitch } from './vswitch-list';

const SPECS = [
  { short: 'a', long: 'add', takesValue: false },
  { short: 'd', long: 'delete', takesValue: false },
  { short: 'l', long: 'list', takesValue: false },
  { short: 'L', long: 'link', takesValue: true },
  { short: 'U', long: 'unlink', takesValue: true },
  { short: 'p', long: 'pg', takesValue: true },
  { short: 'v', long: 'vlan', takesValue: true },
  { short: 'c', long: 'check', takesValue: false },
  { short: 'A', long: 'add-pg', takesValue: true },
  { short: 'D', long: 'del-pg', takesValue: true },
  { short: 'C', long: 'check-pg', takesValue: true },
  { short: 'B', long: 'set-cdp', takesValue: true },
  { short: 'b', long: 'get-cdp', takesValue: false },
  { short: 'm', long: 'mtu', takesValue: true },
];
const ACTIONS = ['a', 'd', 'l', 'L', 'U', 'v', 'c', 'A', 'D', 'C', 'B', 'b', 'm'];

const err = (message: string): CommandResult => fail(`${message}\n`);
const SWITCH_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,31}$/;

function change(lab: LabState, host: HostState, net: HostNetwork, name: string, edit: (sw: StandardSwitch) => StandardSwitch | string): CommandResult {
  const sw = net.vswitches.find((candidate) => candidate.name === name);
  if (!sw) return err(T.noSuchSwitch(name));
  const next = edit(sw);
  if (typeof next === 'string') return err(next);
  return ok('', withHostNetwork(lab, host, { ...net, vswitches: net.vswitches.map((known) => (known === sw ? next : known)) }));
}

function usedBy(host: HostState, sw: StandardSwitch): string | undefined {
  const names = new Set(sw.portGroups.map((pg) => pg.name));
  return vmknicsOf(host).find((nic) => names.has(nic.portGroup))?.name;
}

/** `esxcfg-vswitch`: list switches; add, delete and change standard vSwitches; CDP mode. */
export const esxcfgVswitch: CommandSpec = {
  name: 'esxcfg-vswitch',
  summary: 'list and configure virtual switches, port groups, uplinks, MTU and CDP',
  help: T.vswitchHelp,
  run: ({ lab, host, argv }) => {
    const parsed = parseOptions(argv.slice(1), SPECS);
    if (!parsed.ok) return err(`esxcfg-vswitch: ${parsed.message}\n${T.vswitchUsage}`);
    const net = host.network;
    const { options, positional } = parsed;
    const actions = ACTIONS.filter((flag) => options.has(flag));
    // -p only qualifies -v; exactly one action per call, as the real tool wants.
    if (actions.length !== 1) return err(T.vswitchUsage);
    const action = actions[0]!;
    const value = String(options.get(action));
    if (action === 'l') return positional.length === 0 ? ok(lines(hostSwitches(lab, host.id).flatMap(listSwitch))) : err(T.vswitchUsage);
    if (positional.length !== 1) return err(T.vswitchUsage);
    const [rawName, portsText] = positional[0]!.split(':');
    const name = rawName!;
    const dvs = dvSwitchesOfHost(lab, host.id).find((candidate) => candidate.name === name);
    if (action === 'c') return ok(`${net.vswitches.some((sw) => sw.name === name) || dvs ? 1 : 0}\n`);
    if (action === 'b') {
      const view = hostSwitches(lab, host.id).find((sw) => sw.name === name);
      return view ? ok(`${cdpMode(view)}\n`) : err(T.noSuchSwitch(name));
    }
    if (action === 'C') {
      const sw = net.vswitches.find((candidate) => candidate.name === name);
      if (!sw && !dvs) return err(T.noSuchSwitch(name));
      return ok(`${(sw?.portGroups ?? dvs?.portGroups ?? []).some((pg) => pg.name === value) ? 1 : 0}\n`);
    }
    if (dvs) return err(T.dvsInVcenter(dvs.name, lab.vcenter?.server ?? null));
    switch (action) {
      case 'a': {
        if (!SWITCH_NAME.test(name)) return err(T.badSwitchName(name));
        if (net.vswitches.some((sw) => sw.name === name)) return err(T.switchExists(name));
        const numPorts = portsText !== undefined && /^\d+$/.test(portsText) && Number(portsText) >= 8 && Number(portsText) <= 4088 ? Number(portsText) : 128;
        if (portsText !== undefined && numPorts !== Number(portsText)) return err(`Error: Invalid number of ports ${portsText} (8-4088).`);
        const sw: StandardSwitch = { name, numPorts, mtu: 1500, uplinks: [], cdp: 'listen', portGroups: [] };
        return ok('', withHostNetwork(lab, host, { ...net, vswitches: [...net.vswitches, sw] }));
      }
      case 'd': {
        const sw = net.vswitches.find((candidate) => candidate.name === name);
        if (!sw) return err(T.noSuchSwitch(name));
        const vmk = usedBy(host, sw);
        if (vmk) return err(T.switchInUse(name, vmk));
        return ok('', withHostNetwork(lab, host, { ...net, vswitches: net.vswitches.filter((known) => known !== sw) }));
      }
      case 'L': {
        if (!net.nics.some((nic) => nic.name === value)) return err(T.noSuchNic(value));
        const owner = switchOfNic(lab, host, value);
        if (owner) return err(T.nicInUse(value, owner.sw.name));
        return change(lab, host, net, name, (sw) => ({ ...sw, uplinks: [...sw.uplinks, value] }));
      }
      case 'U':
        return change(lab, host, net, name, (sw) => (sw.uplinks.includes(value)
          ? { ...sw, uplinks: sw.uplinks.filter((vmnic) => vmnic !== value), portGroups: sw.portGroups.map((pg) => ({ ...pg, ...(pg.active ? { active: pg.active.filter((v) => v !== value) } : {}), ...(pg.standby ? { standby: pg.standby.filter((v) => v !== value) } : {}) })) }
          : T.notUplink(value, sw.name)));
      case 'A':
        return change(lab, host, net, name, (sw) => (net.vswitches.some((known) => known.portGroups.some((pg) => pg.name === value))
          ? T.pgExists(value)
          : { ...sw, portGroups: [...sw.portGroups, { name: value, vlan: 0, vmPorts: 0, teaming: 'portId' }] }));
      case 'D':
        return change(lab, host, net, name, (sw) => {
          if (!sw.portGroups.some((pg) => pg.name === value)) return T.noSuchPg(value);
          const vmk = vmknicsOf(host).find((nic) => nic.portGroup === value);
          return vmk ? T.pgInUse(value, vmk.name) : { ...sw, portGroups: sw.portGroups.filter((pg) => pg.name !== value) };
        });
      case 'v': {
        const pgName = options.get('p');
        if (typeof pgName !== 'string') return err(T.vswitchUsage);
        const vlan = /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!isVlan(vlan)) return err(T.badVlan(value));
        return change(lab, host, net, name, (sw) => (sw.portGroups.some((pg) => pg.name === pgName)
          ? { ...sw, portGroups: sw.portGroups.map((pg) => (pg.name === pgName ? { ...pg, vlan } : pg)) }
          : T.noSuchPg(pgName)));
      }
      case 'm': {
        const mtu = /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!isMtu(mtu)) return err(T.badMtu(value));
        return change(lab, host, net, name, (sw) => ({ ...sw, mtu }));
      }
      case 'B': {
        if (!CDP_MODES.includes(value as CdpMode)) return err(T.badCdp(value));
        return change(lab, host, net, name, (sw) => ({ ...sw, cdp: value as CdpMode }));
      }
      default:
        return err(T.vswitchUsage);
    }
  },
};
