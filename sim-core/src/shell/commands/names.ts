/**
 * The base kit's command names, known without their code: a page runs every line through the
 * shell, but fetches the commands themselves only when a line first needs them. kits/all.test.ts
 * holds this list to the commands.
 */
export const BASE_COMMAND_NAMES: readonly string[] = [
  'ls', 'cd', 'pwd', 'cat', 'mkdir', 'touch', 'rm',
  'echo', 'grep', 'head', 'tail', 'wc', 'more', 'less',
  'history', 'help', 'clear', 'true', 'false', 'exit', 'logout',
  'uname', 'date', 'uptime', 'hostname', 'vmware',
  'df', 'vdf',
  'reboot', 'esxupdate',
];
