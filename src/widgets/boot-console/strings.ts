/** The boot console's words beyond its labels in src/ui/strings.ts: kept beside it so pages without a console do not ship them. */
export const CONSOLE_TEXT = {
  /** Said (status) when a screen that takes keys appears: the keys are its buttons' labels ("Enter: boot"). */
  waiting: (host: string, keys: readonly string[]) => `${host}'s console is waiting for a key. ${keys.join(', ')}.`,
} as const;
