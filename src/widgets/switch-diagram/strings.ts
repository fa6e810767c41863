/** The switch diagram's labels the live diagram needs (the page's own are below). */
export const SWITCH_TEXT = {
  region: (host: string) => `Switch diagram, ${host}`,
  standard: 'standard vSwitch',
  distributed: (vcenter: string | null) => (vcenter ? `dvSwitch, managed by vCenter ${vcenter}` : 'dvSwitch'),
  facts: (mtu: number, used: number, ports: number, cdp: string) => [`MTU ${mtu}`, `${used} of ${ports} ports used`, `CDP ${cdp}`],
  vlan: (vlan: number) => (vlan === 0 ? 'VLAN 0 (none)' : vlan === 4095 ? 'VLAN 4095 (all, guest tagging)' : `VLAN ${vlan}`),
  ports: (n: number) => `${n} port${n === 1 ? '' : 's'} used`,
  teaming: (policy: string, active: readonly string[], standby: readonly string[]) =>
    `${policy}; active ${active.join(', ') || 'none'}${standby.length ? `; standby ${standby.join(', ')}` : ''}`,
  vmknics: (names: readonly string[]) => (names.length ? `VMkernel: ${names.join(', ')}` : ''),
  uplink: (vmnic: string, slot: string | null, link: string, speed: number) => `${vmnic}${slot ? ` (${slot})` : ''} · ${link === 'Up' ? `Up ${speed} Mb/s` : 'Down'}`,
  cdpPick: 'Focus or select an uplink to see which Cisco switch port it plugs into.',
  cdpHeard: (vmnic: string, device: string, port: string) => `${vmnic} plugs into ${device}, port ${port}. What its CDP advertisement says:`,
  cdpNone: (vmnic: string, because: string) => `${vmnic}: no CDP information (${because}).`,
  pushed: (what: string, hosts: string) => `vCenter pushed ${what} to ${hosts}.`,
  mtuChange: (mtu: string, dvs: string) => `MTU ${mtu} on ${dvs}`,
  cdpChange: (mode: string, dvs: string) => `CDP mode ${mode} on ${dvs}`,
  vlanChange: (vlan: string, pg: string) => `VLAN ${vlan} on dvPortgroup ${pg}`,
  refused: (typed: string, because: string) => `vCenter refused "${typed}": ${because}. Nothing was changed.`,
  portGroups: (sw: string) => `Port groups on ${sw}`,
  uplinks: (sw: string, pg: string) => (pg ? `Uplinks of ${sw}, as port group ${pg} uses them` : `Uplinks of ${sw}`),
  noUplink: 'No uplink: its port groups do not reach the physical network.',
} as const;

/** Labels only the server render uses (they never ship to the browser). */
export const SWITCH_PAGE = {
  hostPicker: 'Show host',
  cdpTitle: 'CDP neighbour',
  vcenter: (vc: string) => `In vCenter ${vc}: change the dvSwitch once`,
  mtuLabel: 'dvSwitch MTU',
  cdpLabel: 'CDP mode',
  pgLabel: 'dvPortgroup',
  vlanLabel: 'VLAN ID',
  apply: 'Apply',
  applyWhat: (what: string) => `Apply ${what}`,
} as const;
