/** What esxcfg-nas prints. The `-l` line is real 4.1 output (esxi-facts.md); the rest is [guess] or the lab's. */
export const NAS_TEXT = {
  mountLine: (label: string, share: string, server: string, mounted: boolean) => `${label} is ${share} from ${server} ${mounted ? 'mounted' : 'unmounted'}`,
  none: 'No NAS datastore found',
  usage: `Usage: esxcfg-nas <options> [<label>]
   -l|--list            List the NAS datastores: label, export, server and whether it is mounted.
   -a|--add             Add a NAS datastore (not simulated in this lab).
   -d|--delete          Delete a NAS datastore (not simulated in this lab).
   -h|--help            Show this message.`,
  notSimulated: (flag: string) => `esxcfg-nas: ${flag}: adding and removing NFS datastores is not simulated in this lab; -l lists them.`,
} as const;
