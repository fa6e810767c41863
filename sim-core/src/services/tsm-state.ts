import type { TsmKind, TsmState } from './types';

/** Whether a shell is offered: local or remote TSM runs, or a session outlived TSM being switched off. */
export const shellOffered = (tsm: TsmState): boolean => tsm.local || tsm.remote || tsm.sessionKept === true;

/**
 * TSM after a change: a session open before it keeps running when no kind is left on
 * (esxi-facts.md: switching TSM off ends no open session); once a kind is on again, there is
 * nothing to keep.
 */
export function keepOpenSession(before: TsmState, after: TsmState): TsmState {
  const { sessionKept: _kept, ...rest } = after;
  if (after.local || after.remote) return rest;
  return shellOffered(before) ? { ...rest, sessionKept: true } : rest;
}

/** Runs (or stops) one kind now, as `start_local_tsm` / `stop_remote_tsm` do. */
export const runTsm = (tsm: TsmState, kind: TsmKind, on: boolean): TsmState => keepOpenSession(tsm, { ...tsm, [kind]: on });

/** Sets whether one kind starts at boot, as `enable_local_tsm` / `disable_remote_tsm` do; what runs now is untouched. */
export const setTsmAtBoot = (tsm: TsmState, kind: TsmKind, on: boolean): TsmState => ({ ...tsm, atBoot: { ...tsm.atBoot, [kind]: on } });

/** The DCUI's Enable/Disable items: the kind runs now and at boot alike. */
export function dcuiSetTsm(tsm: TsmState, kind: TsmKind, on: boolean): TsmState {
  const { [kind]: _boot, ...otherAtBoot } = tsm.atBoot ?? {};
  const next = keepOpenSession(tsm, { ...tsm, [kind]: on });
  const { atBoot: _old, ...rest } = next;
  return Object.keys(otherAtBoot).length > 0 ? { ...rest, atBoot: otherAtBoot } : rest;
}

/** What a boot leaves: each kind as set to start at boot, and no session open. */
export function tsmAfterBoot(tsm: TsmState): TsmState {
  const { sessionKept: _kept, atBoot, ...rest } = tsm;
  return { ...rest, local: atBoot?.local ?? tsm.local, remote: atBoot?.remote ?? tsm.remote };
}
