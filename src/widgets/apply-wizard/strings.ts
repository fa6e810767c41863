/** The apply wizard's labels (kept beside it so other pages do not ship them). */
export const WIZARD_TEXT = {
  region: 'Apply profile wizard',
  choose: 'Profile and host',
  profile: 'Profile',
  host: 'Host',
  noProfile: 'No host profile yet: create one on the compliance board first.',
  changesHeading: (host: string) => `Changes the profile makes on ${host}`,
  noChanges: (host: string, profile: string) => `${host} already matches ${profile}: applying changes nothing.`,
  needsMaintenanceMark: 'needs maintenance mode',
  maintenanceNeeded: (host: string, inMaintenance: boolean) =>
    `These changes need ${host} in maintenance mode. ${host} is ${inMaintenance ? 'in maintenance mode: ready.' : 'not in maintenance mode.'}`,
  maintenanceNotNeeded: 'No change here needs maintenance mode.',
  blocked: (because: string) => `Apply will be refused: ${because}`,
  asksHeading: (host: string) => `Values for ${host} (4.1 has no answer files: the wizard asks each time)`,
  suggested: (value: string) => `The lab's address plan has ${value} free for this host.`,
  noAsks: 'The profile needs no host-specific values here.',
  apply: (profile: string, host: string) => `Apply ${profile} to ${host}`,
  applied: (profile: string, host: string, n: number) =>
    `${profile} applied to ${host}: ${n} change${n === 1 ? '' : 's'} made. Check compliance on the board to confirm.`,
} as const;
