import type { HostState } from '../lab/types';
import { BOOT_TEXT } from '../messages/boot';
import { readBank } from './banks';
import { buildInfo } from './builds';
import { LOADING_MS } from './loader';
import type { BankIndex } from './types';

/** What the console screen shows, as text: the same for the page, the server render and the REPL. */
export interface ConsoleView {
  /** `running` is the yellow-and-grey host screen; the others are the loader's. */
  tone: 'running' | 'loader' | 'recovery' | 'failure';
  title: string;
  lines: string[];
  /** The keys that do something on this screen, for the visible buttons. */
  keys: ('Shift+R' | 'Shift+Y' | 'Enter' | 'Escape')[];
  /** What Enter does here, so its button says the same as the screen's own hint. */
  enterMeans: 'boot' | 'reset' | 'continue';
  /** 0..1 while the image loads. */
  progress: number | null;
  /** The host is up: the reboot button applies. */
  canReboot: boolean;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function describeBank(host: HostState, bank: BankIndex | null): string {
  if (bank === null) return 'none';
  const config = readBank(host, bank);
  const release = config ? buildInfo(config.build)?.release : undefined;
  return config ? `${host.disk.banks[bank].label}: VMware ESXi ${config.build}${release ? ` (${release})` : ''}` : host.disk.banks[bank].label;
}

export function consoleView(host: HostState): ConsoleView {
  const screen = host.console;
  const base = { progress: null, canReboot: false, enterMeans: 'boot' as const };
  switch (screen.screen) {
    case 'running': {
      const config = readBank(host, host.boot.booted);
      const build = config?.build ?? 'unknown';
      return { ...base, tone: 'running', title: BOOT_TEXT.running(buildInfo(build)?.release ?? '', build), lines: [`${host.hostname}`, `Booted from ${describeBank(host, host.boot.booted)}`, '<F2> Customize System', '<F12> Shut Down/Restart'], keys: [], canReboot: true };
    }
    case 'loader':
      return {
        ...base,
        tone: 'loader',
        title: BOOT_TEXT.loading,
        lines: [
          `Default: ${describeBank(host, screen.defaultBank)}`,
          BOOT_TEXT.enterToBoot,
          BOOT_TEXT.shiftRRecovery,
          screen.paused ? BOOT_TEXT.autoBootPaused : BOOT_TEXT.autoBoot(seconds(screen.countdownMs)),
        ],
        keys: ['Enter', 'Shift+R'],
      };
    case 'recovery-confirm':
      return {
        ...base,
        tone: 'recovery',
        title: BOOT_TEXT.recoveryTitle,
        lines: [`Current default: ${describeBank(host, screen.defaultBank)}`, `Fallback: ${describeBank(host, screen.alternateBank)}`, BOOT_TEXT.recoveryWarning, BOOT_TEXT.recoveryQuestion, BOOT_TEXT.recoveryKeys],
        keys: ['Shift+Y', 'Escape'],
      };
    case 'no-alternate':
      return { ...base, tone: 'recovery', title: BOOT_TEXT.recoveryTitle, lines: [BOOT_TEXT.noAlternate, BOOT_TEXT.pressAnyKey], keys: ['Enter'], enterMeans: 'continue' };
    case 'recovered':
      return {
        ...base,
        tone: 'recovery',
        title: BOOT_TEXT.recoveryTitle,
        lines: [BOOT_TEXT.rollbackDone, `Default: ${describeBank(host, screen.bank)}`, BOOT_TEXT.enterToBoot, screen.paused ? BOOT_TEXT.autoBootPaused : BOOT_TEXT.bootingDefault(seconds(screen.countdownMs))],
        keys: ['Enter'],
      };
    case 'loading':
      return { ...base, tone: 'loader', title: BOOT_TEXT.loading, lines: [describeBank(host, screen.bank)], keys: [], progress: Math.min(1, screen.elapsedMs / LOADING_MS) };
    case 'boot-failed':
      return { ...base, tone: 'failure', title: BOOT_TEXT.loading, lines: [BOOT_TEXT.bootFailed(readBank(host, screen.bank)?.build ?? 'unknown'), BOOT_TEXT.resetHint], keys: ['Enter'], enterMeans: 'reset' };
    case 'no-bootable-bank':
      return { ...base, tone: 'failure', title: BOOT_TEXT.loading, lines: [BOOT_TEXT.noBootable, BOOT_TEXT.resetHint], keys: ['Enter'], enterMeans: 'reset' };
  }
}
