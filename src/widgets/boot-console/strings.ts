/**
 * The boot console's words, kept beside it rather than in src/ui/strings.ts (which every widget
 * page loads at open): only the console, and a terminal showing what a console would, use them.
 */
export const CONSOLE_TEXT = {
  region: (host: string) => `Boot console, ${host}`,
  screen: (host: string) => `Console screen of ${host}. Focus here and press Shift+R, Shift+Y or Enter.`,
  reboot: (host: string) => `Reboot ${host}`,
  keys: {
    'Shift+R': 'Shift+R: recovery',
    'Shift+Y': 'Shift+Y: confirm rollback',
    Escape: 'Esc: cancel',
  },
  /** The Enter button names what Enter does on the screen shown (ConsoleView.enterMeans). */
  enter: { boot: 'Enter: boot', reset: 'Enter: reset', continue: 'Enter: continue' },
  progress: 'Loading the hypervisor',
  reducedMotion: 'Automatic boot waits for you while reduced motion is on.',
  /** Said (status) when a screen that takes keys appears: the keys are its buttons' labels ("Enter: boot"). */
  waiting: (host: string, keys: readonly string[]) => `${host}'s console is waiting for a key. ${keys.join(', ')}.`,
} as const;
