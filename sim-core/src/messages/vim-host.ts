/**
 * What vim-cmd prints for maintenance mode, the host summary and VM power. esxi-facts.md gives
 * none of these: the task line, the fault blocks (in the vmodl style of netconfig_get's output)
 * and the power lines are the lab's [guess], after what later versions print. Each refusal is
 * followed by a `(lab)` line that says what to do.
 */
const fault = (kind: string, msg: string, extra: readonly string[] = []): string[] => [
  `(vim.fault.${kind}) {`,
  '   dynamicType = <unset>,',
  '   faultCause = (vmodl.MethodFault) null,',
  ...extra.map((line) => `   ${line},`),
  `   msg = "${msg}",`,
  '}',
];
const stateWord = (on: boolean) => (on ? 'poweredOn' : 'poweredOff');

export const VIM_HOST_TEXT = {
  /** [guess] hostd's task for the change, as vim-cmd reports it. */
  task: (method: 'enterMaintenanceMode' | 'exitMaintenanceMode', n: number) => `'vim.Task:haTask-ha-host-vim.HostSystem.${method}-${n}'`,
  invalidState: (): string[] => fault('InvalidState', 'The operation is not allowed in the current state.'),
  lab: (why: string) => `(lab) ${why}`,
  poweringOn: 'Powering on VM:',
  poweringOff: 'Powering off VM:',
  retrieved: 'Retrieved runtime info',
  powered: (on: boolean) => (on ? 'Powered on' : 'Powered off'),
  invalidPowerState: (on: boolean): string[] =>
    fault('InvalidPowerState', `The attempted operation cannot be performed in the current state (Powered ${on ? 'on' : 'off'}).`, [`requestedState = "${stateWord(on)}"`, `existingState = "${stateWord(on)}"`]),
  noVm: (vmid: string) => `Unable to find a VM corresponding to "${vmid.slice(0, 20)}"`,
  usageVmid: (command: string) => `Insufficient arguments.\nUsage: ${command} vmid`,
} as const;
