/**
 * What every host says about Tech Support Mode, whatever page shows it: the shell's refusal
 * when TSM is off, and the syslog line of each typed command. Apart from the services
 * commands' texts (services.ts), which only typed lines need.
 */
export const TSM_TEXT = {
  tsmDisabled: (host: string) =>
    `Tech Support Mode is disabled on ${host}: no shell is offered, at the console or over SSH. Enable it at the host's console: DCUI, F2 (log in), Troubleshooting Options, then Enable Local Tech Support (or Enable Remote Tech Support (SSH)).`,
  tsmLogged: (worldId: number | string, line: string) => `shell[${worldId}]: ${line}`,
};
