import type { ConsoleKey, HostState } from '../lab/types';
import { BANKS, otherBank, readBank, updateBank } from './banks';
import { isBootable } from './bootcfg';
import { bootedRoot } from './rootfs';
import { BOOTSTATE, type BankIndex } from './types';

export const COUNTDOWN_MS = 5_000;
export const LOADING_MS = 6_000;

/**
 * Power-on: the loader scans both banks (VMware's bootloader semantics, esxi-facts.md).
 * A bank still dirty from an unfinished first boot becomes invalid: the automatic fallback
 * after a failed upgrade. A freshly upgraded bank becomes dirty: its first boot is under way.
 */
export function enterLoader(host: HostState): HostState {
  let next = host;
  for (const bank of BANKS) {
    const state = readBank(next, bank)?.bootstate;
    if (state === BOOTSTATE.dirty) next = updateBank(next, bank, { bootstate: BOOTSTATE.invalid });
    else if (state === BOOTSTATE.upgrading) next = updateBank(next, bank, { bootstate: BOOTSTATE.dirty });
  }
  return showLoader(next, false);
}

/** The loader screen without a new scan (coming back from the recovery screens). */
function showLoader(host: HostState, paused: boolean): HostState {
  return { ...host, console: { screen: 'loader', defaultBank: defaultBank(host), countdownMs: COUNTDOWN_MS, paused } };
}

/** Among bootable banks, the one with the highest `updated` boots. */
export function defaultBank(host: HostState): BankIndex | null {
  let best: BankIndex | null = null;
  for (const bank of BANKS) {
    const config = readBank(host, bank);
    if (!isBootable(config)) continue;
    if (best === null || config!.updated > readBank(host, best)!.updated) best = bank;
  }
  return best;
}

/** The standby image a rollback would restore: the other bank, when it holds a valid image. */
export function alternateBank(host: HostState, current: BankIndex): BankIndex | null {
  const other = otherBank(current);
  return readBank(host, other)?.bootstate === BOOTSTATE.valid ? other : null;
}

export function startLoading(host: HostState, bank: BankIndex): HostState {
  return { ...host, console: { screen: 'loading', bank, elapsedMs: 0 } };
}

/** What each kit resets when a host has booted (services start again, the DCUI shows its home screen). */
export type AfterBoot = (host: HostState) => HostState;

/** The end of loading: a healthy image becomes the running system; a broken one stops the host. */
export function finishLoading(host: HostState, bank: BankIndex, nowMs: number, afterBoot: AfterBoot): HostState {
  const config = readBank(host, bank);
  if (!config || host.boot.brokenBuilds.includes(config.build)) return { ...host, console: { screen: 'boot-failed', bank } };
  const healthy = config.bootstate === BOOTSTATE.dirty ? updateBank(host, bank, { bootstate: BOOTSTATE.valid }) : host;
  const booted: HostState = { ...healthy, boot: { ...healthy.boot, booted: bank, bootedAtMs: nowMs } };
  const root = bootedRoot(booted.vfs.root, booted, bank, nowMs, config.build);
  return afterBoot({ ...booted, vfs: { ...booted.vfs, root }, console: { screen: 'running' }, shell: { cwd: '/', history: booted.shell.history, lastStatus: 0 } });
}

/**
 * Shift+Y in recovery: the current default is marked invalid, which leaves the standby bank
 * as the only bootable one. That is why a rollback cannot be undone, and goes one level only.
 */
export function rollBack(host: HostState, current: BankIndex): HostState {
  return updateBank(host, current, { bootstate: BOOTSTATE.invalid });
}

export function handleConsoleKey(host: HostState, key: ConsoleKey): HostState {
  const screen = host.console;
  switch (screen.screen) {
    case 'loader':
      if (key === 'Enter') return screen.defaultBank === null ? { ...host, console: { screen: 'no-bootable-bank' } } : startLoading(host, screen.defaultBank);
      if (key === 'Shift+R') return openRecovery(host, screen.defaultBank);
      return { ...host, console: { ...screen, paused: true } };
    case 'recovery-confirm':
      if (key === 'Shift+Y') {
        const rolled = rollBack(host, screen.defaultBank);
        return { ...rolled, console: { screen: 'recovered', bank: screen.alternateBank, countdownMs: COUNTDOWN_MS, paused: false } };
      }
      return showLoader(host, true);
    case 'no-alternate':
      return showLoader(host, true);
    case 'recovered':
      if (key === 'Enter') return startLoading(host, screen.bank);
      return { ...host, console: { ...screen, paused: true } };
    case 'boot-failed':
    case 'no-bootable-bank':
      return key === 'Enter' ? enterLoader(host) : host;
    case 'loading':
    case 'running':
      return host;
  }
}

function openRecovery(host: HostState, current: BankIndex | null): HostState {
  const alternate = current === null ? null : alternateBank(host, current);
  if (current === null || alternate === null) return { ...host, console: { screen: 'no-alternate', defaultBank: current } };
  return { ...host, console: { screen: 'recovery-confirm', defaultBank: current, alternateBank: alternate } };
}

/** Virtual time passing on the console: countdowns run out, loading progresses. */
export function tickConsole(host: HostState, ms: number, nowMs: number, afterBoot: AfterBoot): HostState {
  const screen = host.console;
  if ((screen.screen === 'loader' || screen.screen === 'recovered') && !screen.paused) {
    const countdownMs = screen.countdownMs - ms;
    if (countdownMs > 0) return { ...host, console: { ...screen, countdownMs } };
    const bank = screen.screen === 'loader' ? screen.defaultBank : screen.bank;
    if (bank === null) return { ...host, console: { screen: 'no-bootable-bank' } };
    return tickConsole(startLoading(host, bank), -countdownMs, nowMs, afterBoot);
  }
  if (screen.screen === 'loading') {
    const elapsedMs = screen.elapsedMs + ms;
    // The boot ends when loading does, inside this tick: so one long tick and many short ones agree.
    if (elapsedMs >= LOADING_MS) return finishLoading(host, screen.bank, nowMs - (elapsedMs - LOADING_MS), afterBoot);
    return { ...host, console: { ...screen, elapsedMs } };
  }
  return host;
}

/** Whether the console is animating on its own, so the site should keep the clock running. */
export function consoleIsBusy(host: HostState): boolean {
  const screen = host.console;
  if (screen.screen === 'loading') return true;
  return (screen.screen === 'loader' || screen.screen === 'recovered') && !screen.paused;
}

export function reboot(host: HostState): HostState {
  return enterLoader(host);
}
