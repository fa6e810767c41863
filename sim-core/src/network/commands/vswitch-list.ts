/** The text of `esxcfg-vswitch -l` and of `-b` (the CDP mode), from the host's switch views. */
import { DVPORT_HEADER, DVPORT_WIDTHS, DVS_HEADER, PG_HEADER, PG_WIDTHS, VSWITCH_HEADER, VSWITCH_WIDTHS, columns } from '../messages';
import type { SwitchView } from '../view';

export function listSwitch(view: SwitchView): string[] {
  const head = columns(VSWITCH_WIDTHS, view.kind === 'standard' ? VSWITCH_HEADER : DVS_HEADER);
  const row = columns(VSWITCH_WIDTHS, [view.name, view.numPorts, view.usedPorts, view.numPorts, view.mtu, view.uplinks.map((u) => u.vmnic).join(',')]);
  const body = view.kind === 'standard'
    ? [columns(PG_WIDTHS, PG_HEADER), ...view.portGroups.map((pg) => columns(PG_WIDTHS, ['', pg.name, pg.vlan, pg.usedPorts, pg.active.join(',')]))]
    : [columns(DVPORT_WIDTHS, DVPORT_HEADER), ...view.dvPorts.map((port) => columns(DVPORT_WIDTHS, ['', port.id, port.inUse ? 1 : 0, port.client]))];
  return [head, row, '', ...body, ''];
}

/** `-b`: the CDP mode word on its own line, as a 4.1 host prints it (esxi-facts.md). What CDP heard is in the vSphere Client (the lab's switch diagram). */
export const cdpMode = (view: SwitchView): string => view.cdp;
