import type { LabState } from '../../lab/types';
import { ok, withHost, type CommandResult } from '../../shell/types';
import { withServices } from '../actions';
import { runTsm, setTsmAtBoot } from '../tsm-state';
import type { TsmKind, TsmState } from '../types';

type TsmChange = (tsm: TsmState) => TsmState;

/**
 * 4.1's TSM commands (esxi-facts.md; 5.x renamed them enable_ssh, enable_esx_shell): enable_ and
 * disable_ set whether a kind starts with the host, start_ and stop_ switch it now. Stopping ends
 * no open session. They print nothing [guess].
 */
const change = (kind: TsmKind, verb: 'enable' | 'disable' | 'start' | 'stop'): TsmChange =>
  verb === 'enable' || verb === 'disable' ? (tsm) => setTsmAtBoot(tsm, kind, verb === 'enable') : (tsm) => runTsm(tsm, kind, verb === 'start');

export const TSM_COMMANDS: Readonly<Record<string, TsmChange>> = Object.fromEntries(
  (['local', 'remote'] as const).flatMap((kind) => (['enable', 'disable', 'start', 'stop'] as const).map((verb) => [`hostsvc/${verb}_${kind}_tsm`, change(kind, verb)])),
);

export function runTsmCommand(lab: LabState, hostId: string, command: string): CommandResult | null {
  const apply = Object.hasOwn(TSM_COMMANDS, command) ? TSM_COMMANDS[command] : undefined;
  const host = lab.hosts[hostId];
  if (!apply || !host) return null;
  return ok('', withHost(lab, withServices(host, (s) => ({ ...s, tsm: apply(s.tsm) }))));
}
