/** What esxupdate says of its own (apart from the update's progress lines, written beside the command). */
export const ESXUPDATE_TEXT = {
  /** [guess] esxupdate's refusal outside maintenance mode: 4.1's exact words were not found (esxi-facts.md). */
  needsMaintenance: (host: string) =>
    `esxupdate: error: the host must be in maintenance mode to install this update. Power off or migrate the VMs on ${host}, enter maintenance mode (vim-cmd hostsvc/maintenance_mode_enter), then run esxupdate again.`,
} as const;
