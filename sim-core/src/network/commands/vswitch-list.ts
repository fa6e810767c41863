/** The text of `esxcfg-vswitch -l` and of the CDP view (`-b`), from the host's switch views. */
import { cdpFields, listens } from '../cdp';
import { DVPORT_HEADER, DVPORT_WIDTHS, DVS_HEADER, NET_TEXT as T, PG_HEADER, PG_WIDTHS, VSWITCH_HEADER, VSWITCH_WIDTHS, columns } from '../messages';
import type { SwitchView } from '../view';

export function listSwitch(view: SwitchView): string[] {
  const head = columns(VSWITCH_WIDTHS, view.kind === 'standard' ? VSWITCH_HEADER : DVS_HEADER);
  const row = columns(VSWITCH_WIDTHS, [view.name, view.numPorts, view.usedPorts, view.numPorts, view.mtu, view.uplinks.map((u) => u.vmnic).join(',')]);
  const body = view.kind === 'standard'
    ? [columns(PG_WIDTHS, PG_HEADER), ...view.portGroups.map((pg) => columns(PG_WIDTHS, ['', pg.name, pg.vlan, pg.usedPorts, pg.active.join(',')]))]
    : [columns(DVPORT_WIDTHS, DVPORT_HEADER), ...view.dvPorts.map((port) => columns(DVPORT_WIDTHS, ['', port.id, port.inUse ? 1 : 0, port.client]))];
  return [head, row, '', ...body, ''];
}

const field = (label: string, value: string | number) => `   ${label.padEnd(20, '.')} ${value}`;

/** `-b`: the mode (the real output), then what CDP heard per uplink (the lab's addition). */
export function cdpLines(view: SwitchView): string[] {
  const out = [view.cdp, '', T.cdpHeading];
  for (const uplink of view.uplinks) {
    const n = uplink.neighbour;
    if (!n) {
      out.push(T.cdpNone(uplink.vmnic, !listens(view.cdp) ? `CDP mode is ${view.cdp}` : uplink.link !== 'Up' ? 'no link' : 'nothing that speaks CDP is plugged in'));
      continue;
    }
    out.push(uplink.vmnic, ...cdpFields(n).map(([label, value]) => field(label, value)));
  }
  return out;
}
