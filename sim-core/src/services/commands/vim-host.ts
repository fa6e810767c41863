/**
 * vim-cmd's host and VM-power commands: maintenance mode (hostd's own flag, the one vCenter and
 * the DCUI read), the host summary, and powering a VM on or off by its vmid.
 */
import { runningBuild } from '../../boot/banks';
import type { HostState, LabState } from '../../lab/types';
import { VIM_HOST_TEXT as T } from '../../messages/vim-host';
import { fail, lines, ok, type CommandResult } from '../../shell/types';
import { powerVm } from '../../vcenter/power';
import { setMaintenance } from '../../vcenter/maintenance';
import { toCivil } from '../../time/clock';
import { registeredVms } from '../vms';

const two = (n: number) => String(n).padStart(2, '0');
/** The vSphere API's dateTime form, 2010-11-30T09:12:00Z, from the lab's clock. */
function isoTime(ms: number): string {
  const t = toCivil(ms);
  return `${t.year}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}Z`;
}

const refused = (why: string, block: readonly string[] = T.invalidState()): CommandResult => fail(lines([...block, T.lab(why)]));

/** hostd's task number: counts the seconds the host has been up, so two tasks rarely share one [guess]. */
const taskNumber = (lab: LabState, host: HostState) => Math.max(1, Math.floor((lab.clock.nowMs - host.boot.bootedAtMs) / 1000) % 100_000);

function maintenance(lab: LabState, host: HostState, enter: boolean): CommandResult {
  const change = setMaintenance(lab, host.id, enter);
  if (!change.ok) return refused(change.because);
  return ok(`${T.task(enter ? 'enterMaintenanceMode' : 'exitMaintenanceMode', taskNumber(lab, host))}\n`, change.lab);
}

/** A shortened vim.host.Summary, in the style of netconfig_get's answer [guess for the selection of fields]. */
function hostSummary(lab: LabState, host: HostState): string[] {
  const build = runningBuild(host).replace(/^4\.1\.0-/, '');
  const vmotion = host.network.vmknics.some((nic) => nic.vmotion);
  return [
    '(vim.host.Summary) {',
    '   dynamicType = <unset>,',
    "   host = 'vim.HostSystem:ha-host',",
    '   runtime = (vim.host.RuntimeInfo) {',
    '      dynamicType = <unset>,',
    '      connectionState = "connected",',
    '      powerState = "poweredOn",',
    `      inMaintenanceMode = ${host.services.maintenanceMode},`,
    `      bootTime = "${isoTime(host.boot.bootedAtMs)}",`,
    '   },',
    '   config = (vim.host.Summary.ConfigSummary) {',
    '      dynamicType = <unset>,',
    `      name = "${host.hostname}",`,
    '      port = 443,',
    '      product = (vim.AboutInfo) {',
    '         dynamicType = <unset>,',
    '         name = "VMware ESXi",',
    `         fullName = "VMware ESXi 4.1.0 build-${build}",`,
    '         version = "4.1.0",',
    `         build = "${build}",`,
    '         apiVersion = "4.1",',
    '      },',
    `      vmotionEnabled = ${vmotion},`,
    '   },',
    `   managementServerIp = ${host.services.managedBy ? `"${lab.plan.vcenter.ip}"` : '<unset>'},`,
    '}',
  ];
}

function power(lab: LabState, host: HostState, command: string, vmid: string | undefined): CommandResult {
  if (vmid === undefined) return fail(`${T.usageVmid(command)}\n`);
  const vm = registeredVms(lab, host.id).find((candidate) => String(candidate.vmid) === vmid);
  if (!vm) return fail(`${T.noVm(vmid)}\n`);
  const on = vm.power === 'poweredOn';
  if (command === 'vmsvc/power.getstate') return ok(lines([T.retrieved, T.powered(on)]));
  const wantOn = command === 'vmsvc/power.on';
  const heading = wantOn ? T.poweringOn : T.poweringOff;
  if (on === wantOn) return fail(lines([heading, ...T.invalidPowerState(on)]));
  const change = powerVm(lab, vm.id, wantOn);
  if (!change.ok) return fail(lines([heading, ...T.invalidState(), T.lab(change.because)]));
  return ok(`${heading}\n`, change.lab);
}

/** The line's answer when it is one of these commands; null otherwise. */
export function runHostCommand(lab: LabState, host: HostState, command: string, args: readonly string[]): CommandResult | null {
  switch (command) {
    case 'hostsvc/maintenance_mode_enter': return maintenance(lab, host, true);
    case 'hostsvc/maintenance_mode_exit': return maintenance(lab, host, false);
    case 'hostsvc/hostsummary': return ok(lines(hostSummary(lab, host)));
    case 'vmsvc/power.on':
    case 'vmsvc/power.off':
    case 'vmsvc/power.getstate': return power(lab, host, command, args[0]);
  }
  return null;
}

