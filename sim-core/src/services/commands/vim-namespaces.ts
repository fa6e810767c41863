/**
 * vim-cmd's namespaces on 4.1 [guess for the lists, apart from what esxi-facts.md names:
 * vmsvc/getallvms and the four TSM commands with their disable/stop pairs]. The lab simulates
 * getallvms, power.getstate/on/off, hostsummary, maintenance_mode_enter/exit, the TSM commands
 * and vmotion/ (vim-cmd.ts); the others answer "not simulated". No 5.x names:
 * hbrsvc/ (vSphere Replication) and hostsvc/enable_ssh, enable_esx_shell came later.
 */
export const VIM_NAMESPACES: Readonly<Record<string, readonly string[]>> = {
  '': ['hostsvc/', 'internalsvc/', 'proxysvc/', 'solo/', 'vimsvc/', 'vmsvc/', 'help'],
  hostsvc: [
    'advopt/', 'autostartmanager/', 'datastore/', 'net/', 'rsrc/', 'storage/', 'summary/', 'vmotion/',
    'disable_local_tsm', 'disable_remote_tsm', 'enable_local_tsm', 'enable_remote_tsm', 'hostsummary',
    'maintenance_mode_enter', 'maintenance_mode_exit', 'start_local_tsm', 'start_remote_tsm', 'stop_local_tsm', 'stop_remote_tsm',
  ],
  'hostsvc/vmotion': ['netconfig_get', 'vnic_set', 'vnic_unset'],
  vmsvc: ['destroy', 'get.config', 'get.summary', 'getallvms', 'power.getstate', 'power.off', 'power.on', 'power.reboot', 'power.shutdown', 'reload', 'snapshot.create', 'unregister'],
};

/** Where `hostsvc/vmotion/vnic_set` stands: a namespace to list, a command of one, or unknown. */
export function vimLookup(command: string): 'namespace' | 'command' | 'unknown' {
  if (Object.hasOwn(VIM_NAMESPACES, command)) return 'namespace';
  const at = command.lastIndexOf('/');
  const namespace = at < 0 ? '' : command.slice(0, at);
  const names = Object.hasOwn(VIM_NAMESPACES, namespace) ? VIM_NAMESPACES[namespace]! : [];
  return names.includes(command.slice(at + 1)) ? 'command' : 'unknown';
}
