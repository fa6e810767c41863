import type { ConsoleKey, HostState } from '../lab/types';
import { BANKS, otherBank, readBank, updateBank } from './banks';
import { isBootable } from './bootcfg';
import { bootedRoot } from './rootfs';
import { BOOTSTATE, type BankIndex } from './types';

export const COUNTDOWN_MS = 5_000;
export const LOADING_MS = 6_000;

/**
 * The loader's choice (esxi-facts.md): among bootable banks, the highest `updated` wins.
 * A bank still dirty from an unfinished first boot is marked invalid first: that is the
 * automatic fallback after a failed upgrade.
 */
export function enterLoader(host: HostState, paused = false): HostState {
  let next = host;
  for (const bank of BANKS) {
    if (readBank(next, bank)?.bootstate === BOOTSTATE.dirty) next = updateBank(next, bank, { bootstate: BOOTSTATE.invalid });
  }
  return { ...next, console: { screen: 'loader', defaultBank: defaultBank(next), countdownMs: COUNTDOWN_MS, paused } };
}

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
  const config = readBank(host, bank);
  const marked = config?.bootstate === BOOTSTATE.upgrading ? updateBank(host, bank, { bootstate: BOOTSTATE.dirty }) : host;
  return { ...marked, console: { screen: 'loading', bank, elapsedMs: 0 } };
}

/** The end of loading: a healthy image becomes the running system; a broken one stops the host. */
export function finishLoading(host: HostState, bank: BankIndex, nowMs: number): HostState {
  const config = readBank(host, bank);
  if (!config || host.boot.brokenBuilds.includes(config.build)) return { ...host, console: { screen: 'boot-failed', bank } };
  const healthy = config.bootstate === BOOTSTATE.dirty ? updateBank(host, bank, { bootstate: BOOTSTATE.valid }) : host;
  const booted: HostState = { ...healthy, boot: { ...healthy.boot, booted: bank, bootedAtMs: nowMs } };
  const root = bootedRoot(booted.vfs.root, booted, bank, nowMs, config.build);
  return { ...booted, vfs: { ...booted.vfs, root }, console: { screen: 'running' }, shell: { cwd: '/', history: booted.shell.history, lastStatus: 0 } };
}

/**
 * Shift+Y in recovery: the standby bank becomes the default by taking a higher `updated`,
 * and the replaced image is marked invalid, so the rollback cannot be undone (one level only).
 */
export function rollBack(host: HostState, current: BankIndex, alternate: BankIndex): HostState {
  const currentUpdated = readBank(host, current)?.updated ?? 0;
  const promoted = updateBank(host, alternate, { updated: currentUpdated + 1 });
  return updateBank(promoted, current, { bootstate: BOOTSTATE.invalid });
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
        const rolled = rollBack(host, screen.defaultBank, screen.alternateBank);
        return { ...rolled, console: { screen: 'recovered', bank: screen.alternateBank, countdownMs: COUNTDOWN_MS, paused: false } };
      }
      return enterLoader(host, true);
    case 'no-alternate':
      return enterLoader(host, true);
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
export function tickConsole(host: HostState, ms: number, nowMs: number): HostState {
  const screen = host.console;
  if ((screen.screen === 'loader' || screen.screen === 'recovered') && !screen.paused) {
    const countdownMs = screen.countdownMs - ms;
    if (countdownMs > 0) return { ...host, console: { ...screen, countdownMs } };
    const bank = screen.screen === 'loader' ? screen.defaultBank : screen.bank;
    if (bank === null) return { ...host, console: { screen: 'no-bootable-bank' } };
    return tickConsole(startLoading(host, bank), -countdownMs, nowMs);
  }
  if (screen.screen === 'loading') {
    const elapsedMs = screen.elapsedMs + ms;
    if (elapsedMs >= LOADING_MS) return finishLoading(host, screen.bank, nowMs);
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
