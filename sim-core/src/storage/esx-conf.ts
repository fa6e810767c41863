import type { HostState } from '../lab/types';
import { lookup, writeText } from '../vfs/tree';
import { DEFAULT_STORAGE_SETTINGS, STORAGE_SETTING_NAMES, type StorageSettingName, type StorageSettings } from './settings';

export const ESX_CONF = '/etc/vmware/esx.conf';

/** An advanced option as esx.conf keeps it: `/adv/DataMover/HardwareAcceleratedMove = "0"` (esxi-facts.md). */
export const advConfLine = (name: StorageSettingName, value: number): string => `/adv${name} = "${value}"`;

/** The options set away from their defaults: esx.conf lists those only [likely]. */
export const advConfLines = (settings: StorageSettings): string[] =>
  STORAGE_SETTING_NAMES.filter((name) => settings[name] !== DEFAULT_STORAGE_SETTINGS[name]).map((name) => advConfLine(name, settings[name]));

const isAdvLineOf = (line: string) => STORAGE_SETTING_NAMES.some((name) => line.startsWith(`/adv${name} = `));

/**
 * The host with its advanced options written into /etc/vmware/esx.conf at once, as esxcfg-advcfg
 * and hostd write them: the file lives in RAM, and auto-backup.sh saves it into state.tgz (hourly
 * and at shutdown). The other lines are left as they are.
 */
export function writeAdvOptions(host: HostState): HostState {
  const found = lookup(host.vfs.root, ESX_CONF);
  if (!found.ok || found.node.kind !== 'file') return host;
  const kept = (found.node.text ?? '').split('\n').filter((line) => line !== '' && !isAdvLineOf(line));
  const text = [...kept, ...advConfLines(host.storage.settings), ''].join('\n');
  const written = writeText(host.vfs.root, ESX_CONF, text);
  return written.ok ? { ...host, vfs: { ...host.vfs, root: written.root } } : host;
}
