import type { ConsoleKey } from '#sim-core/core';

/** Maps a keydown to what the boot console understands; null for keys it leaves to the page (Tab, modifiers, "?"). */
export function consoleKeyOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): ConsoleKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  // "?" opens the page's keys dialog (shared/keys-dialog.ts) rather than stopping the countdown.
  if (['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock', '?'].includes(event.key)) return null;
  const letter = event.key.length === 1 ? event.key.toLowerCase() : '';
  if (event.shiftKey && letter === 'r') return 'Shift+R';
  if (event.shiftKey && letter === 'y') return 'Shift+Y';
  if (event.key === 'Enter') return 'Enter';
  if (event.key === 'Escape') return 'Escape';
  return 'other';
}
