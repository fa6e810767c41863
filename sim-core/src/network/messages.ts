/**
 * Everything the network kit's commands print, in one place. Column headers are the real 4.1
 * ones from esxi-facts.md; column widths and error wording are as remembered (not verified),
 * and lines starting "(lab)" are the lab explaining itself, not the host.
 */

/** Pads each cell to its width; the last column is not padded. */
export function columns(widths: readonly number[], cells: readonly (string | number)[]): string {
  return cells.map((cell, i) => (i < cells.length - 1 ? String(cell).padEnd(widths[i] ?? 0) : String(cell))).join('').trimEnd();
}

export const NICS_WIDTHS = [8, 14, 12, 5, 10, 7, 18, 7];
export const NICS_HEADER = ['Name', 'PCI', 'Driver', 'Link', 'Speed', 'Duplex', 'MAC Address', 'MTU', 'Description'];

export const VSWITCH_WIDTHS = [17, 12, 12, 18, 8];
export const VSWITCH_HEADER = ['Switch Name', 'Num Ports', 'Used Ports', 'Configured Ports', 'MTU', 'Uplinks'];
export const DVS_HEADER = ['DVS Name', 'Num Ports', 'Used Ports', 'Configured Ports', 'MTU', 'Uplinks'];
export const PG_WIDTHS = [2, 22, 9, 12];
export const PG_HEADER = ['', 'PortGroup Name', 'VLAN ID', 'Used Ports', 'Uplinks'];
export const DVPORT_WIDTHS = [2, 20, 12];
export const DVPORT_HEADER = ['', 'DVPort ID', 'In Use', 'Client'];

export const VMKNIC_WIDTHS = [11, 20, 10, 16, 16, 16, 18, 8, 10, 8];
export const VMKNIC_HEADER = ['Interface', 'Port Group/DVPort', 'IP Family', 'IP Address', 'Netmask', 'Broadcast', 'MAC Address', 'MTU', 'TSO MSS', 'Enabled', 'Type'];

export const NET_TEXT = {
  nicsHelp: `Usage: esxcfg-nics <options> [nic]
   -l|--list         Print the list of NICs and their settings.
   -s|--speed <speed> Set the speed of this NIC (not simulated in this lab).
   -d|--duplex <duplex> Set the duplex of this NIC (not simulated in this lab).
   -a|--auto         Set speed and duplex to autonegotiate (not simulated in this lab).
   -h|--help         Display this message.`,
  nicsNotSimulated: (flag: string) => `esxcfg-nics: ${flag}: (lab) changing speed and duplex is not simulated in this lab; the links are 1000 Mb/s full duplex.`,

  vswitchHelp: `esxcfg-vswitch [options] [vswitch[:ports]]
  -a|--add                Add a new virtual switch.
  -d|--delete             Delete the virtual switch.
  -l|--list               List all the virtual switches.
  -L|--link=pnic          Set pnic as an uplink for the vswitch.
  -U|--unlink=pnic        Remove pnic from the uplinks for the vswitch.
  -p|--pg=portgroup       Specify a portgroup for operation (use with -v).
  -v|--vlan=id            Set vlan id for portgroup specified by -p. 0 would disable the vlan.
  -c|--check              Check to see if a virtual switch exists (prints 1 or 0).
  -A|--add-pg=name        Add a new portgroup to the virtual switch.
  -D|--del-pg=name        Delete the portgroup from the virtual switch.
  -C|--check-pg=name      Check to see if a portgroup exists (prints 1 or 0).
  -B|--set-cdp            Set the CDP status for a given virtual switch (down, listen, advertise, both).
  -b|--get-cdp            Print the current CDP setting for this switch.
  -m|--mtu=MTU            Set the MTU for the virtual switch (1500-9000; 9000 for jumbo frames).
  -h|--help               Show this message.
  (lab) A dvSwitch is configured in vCenter Server and pushed to its hosts; -l shows it here.`,
  vswitchUsage: 'esxcfg-vswitch: incorrect or missing arguments. Try esxcfg-vswitch -h.',
  noSuchSwitch: (name: string) => `Error: No such virtual switch: ${name}`,
  switchExists: (name: string) => `Error: A virtual switch named ${name} already exists.`,
  badSwitchName: (name: string) => `Error: Invalid virtual switch name '${name}' (lab: use vSwitchN style names, at most 32 characters).`,
  switchInUse: (name: string, vmk: string) => `Error: Unable to delete ${name}: ${vmk} is connected to one of its port groups. Remove it first (esxcfg-vmknic -d).`,
  noSuchNic: (nic: string) => `Error: No such physical NIC: ${nic}`,
  nicInUse: (nic: string, owner: string) => `Error: ${nic} is already an uplink of ${owner}.`,
  notUplink: (nic: string, sw: string) => `Error: ${nic} is not an uplink of ${sw}.`,
  noSuchPg: (pg: string) => `Error: No such portgroup: ${pg}`,
  pgExists: (pg: string) => `Error: A portgroup with the name ${pg} already exists.`,
  pgInUse: (pg: string, vmk: string) => `Error: Unable to delete portgroup ${pg}: ${vmk} is connected to it.`,
  badVlan: (vlan: string) => `Error: Invalid VLAN ID ${vlan}: use 0 (none), 1-4094, or 4095 (all VLANs, guest tagging).`,
  badMtu: (mtu: string) => `Error: Invalid MTU ${mtu}: use a value from 1500 to 9000 (9000 for jumbo frames).`,
  badCdp: (mode: string) => `Error: Invalid CDP status '${mode}': use down, listen, advertise or both.`,
  dvsInVcenter: (dvs: string, vcenter: string | null) =>
    `(lab) ${dvs} is a distributed switch: it is configured once in vCenter Server${vcenter ? ` (${vcenter})` : ''} and pushed to every member host, not changed here.`,

  vmknicHelp: `esxcfg-vmknic <options> [[<portgroup>|<dvsName> <dvportId>]]
   -a|--add             Add a VMkernel NIC to the system; requires IP parameters and a portgroup.
   -d|--del             Delete the VMkernel NIC on the given portgroup.
   -l|--list            List the VMkernel NICs.
   -i|--ip <ip>         The IP address for this VMkernel NIC.
   -n|--netmask <mask>  The netmask for this VMkernel NIC.
   -m|--mtu <mtu>       The MTU for this VMkernel NIC (1500-9000); with -a, or alone to change it.
   -h|--help            Show this message.
  (lab) VMkernel NICs on a dvSwitch are managed from vCenter in this lab.`,
  vmknicUsage: 'esxcfg-vmknic: incorrect or missing arguments. Try esxcfg-vmknic -h.',
  vmknicNoPg: (pg: string) => `Error: No such portgroup: ${pg} (lab: a VMkernel NIC goes on a standard vSwitch port group; see esxcfg-vswitch -l).`,
  vmknicExists: (pg: string, vmk: string) => `Error: A VMkernel NIC (${vmk}) already exists on portgroup ${pg}.`,
  vmknicNone: (pg: string) => `Error: There is no VMkernel NIC on portgroup ${pg}.`,
  vmknicBadIp: (ip: string) => `Error: Invalid IP address: ${ip}`,
  vmknicBadMask: (mask: string) => `Error: Invalid netmask: ${mask}`,
  vmknicOnDvs: (pg: string) => `(lab) ${pg} is a dvPortgroup: VMkernel NICs on the dvSwitch are managed from vCenter in this lab.`,
  vmknicIpTaken: (ip: string, where: string) => `Error: IP address ${ip} is already used by ${where}.`,

  vmkpingHelp: `Usage: vmkping [args] [host]
   args:
      -c <count>     set packet count (default 3)
      -d             set DF bit (do not fragment) in IPv4
      -s <size>      set the number of ICMP data bytes to be sent (default 56)
      -v             verbose
  (lab) -s 8972 -d tests jumbo frames end to end: 8972 data + 8 ICMP + 20 IP = 9000 bytes.`,
  vmkpingUsage: 'vmkping: incorrect or missing arguments. Try vmkping -h.',
  unknownHost: (name: string) => `vmkping: unknown host ${name}`,
  badCount: (value: string) => `vmkping: bad number of packets to transmit: ${value}`,
  badSize: (value: string) => `vmkping: bad packet size: ${value}`,
  invalidOption: (letter: string) => `vmkping: invalid option -- '${letter}'`,
  pingHeader: (name: string, ip: string, size: number) => `PING ${name} (${ip}): ${size} data bytes`,
  pingReply: (bytes: number, ip: string, seq: number, ms: string) => `${bytes} bytes from ${ip}: icmp_seq=${seq} ttl=64 time=${ms} ms`,
  tooLong: 'sendto() failed (Message too long)',
  unreachable: 'sendto() failed (Network is unreachable)',
  pingStats: (target: string, sent: number, received: number) => [
    '',
    `--- ${target} ping statistics ---`,
    `${sent} packets transmitted, ${received} packets received, ${sent === 0 ? 0 : Math.round(((sent - received) * 100) / sent)}% packet loss`,
  ],
  pingRtt: (min: string, avg: string, max: string) => `round-trip min/avg/max = ${min}/${avg}/${max} ms`,
  pingWhy: (because: string) => `(lab) ${because}`,
} as const;
