import type { DcuiKey } from '#sim-core/core';

/** Maps a keydown to a DCUI key; null for keys the browser should keep (Tab, plain letters). */
export function dcuiKeyOf(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): DcuiKey | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) return (['F1', 'F2', 'F11', 'F12'] as const).includes(event.key as 'F1') ? (`Alt+${event.key}` as DcuiKey) : null;
  switch (event.key) {
    case 'F2': case 'F11': case 'F12': case 'Enter': case 'Escape':
      return event.key;
    case 'ArrowUp':
      return 'Up';
    case 'ArrowDown':
      return 'Down';
    default:
      return null;
  }
}
