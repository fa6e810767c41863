import type { LabState } from '../../lab/types';
import { SERVICES_TEXT } from '../../messages/services';
import { registeredVms } from '../vms';

const GAP = 3;

/** `vim-cmd vmsvc/getallvms`: the 4.1 header, then one row per VM, columns apart by runs of 3+ spaces (esxi-facts.md). */
export function getallvms(lab: LabState, hostId: string): string[] {
  const rows = registeredVms(lab, hostId).map((vm) => [String(vm.vmid), vm.name, vm.file, vm.guest, vm.version, '']);
  const header = SERVICES_TEXT.getallvmsHeader;
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)) + GAP);
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < cells.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('').trimEnd();
  return [line(header), ...rows.map(line)];
}
