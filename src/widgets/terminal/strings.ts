import { keysInline } from '../shared/key-help';
import { ESXTOP_KEYS } from './key-help';

const ESXTOP_KEY_LINE = `Keys: ${keysInline(ESXTOP_KEYS)}.`;

/**
 * The terminal's words that only its code fetched on demand uses (esxtop, Tab completion, the
 * host going down) and its server render: kept out of src/ui/strings.ts, which every widget
 * page loads at open.
 */
export const TERMINAL_TEXT = {
  esxtop: {
    region: (host: string) => `esxtop, ${host}`,
    keys: ESXTOP_KEY_LINE,
    opened: (host: string) => `esxtop is open on ${host}. It redraws every 5 seconds of lab time. ${ESXTOP_KEY_LINE}`,
    panel: { cpu: 'CPU panel', 'disk-device': 'Disk device panel' } as Record<string, string>,
    fields: 'Field screen: press a field letter to toggle it, any other key to return.',
    order: 'Field order screen: upper case letter moves a field left, lower case right, any other key to return.',
    columns: (columns: string) => `Columns: ${columns}`,
    fieldOrder: (order: string) => `Field order: ${order} (upper case: shown).`,
  },
  /** The command box's description, read with its name: how Tab behaves and how to leave. */
  tabHint: 'Tab completes commands and paths. On an empty line, or after Escape, Tab moves on.',
  tab: {
    wrote: (line: string) => `Completed: ${line}`,
    none: 'Nothing to complete here. Tab again moves on.',
    several: (count: number) => `${count} matches. Tab again lists them.`,
  },
  down: {
    toConsole: (host: string) => `Go to ${host}'s console`,
    /** Said in the transcript when the host goes down and its boot console is on the page. */
    withConsole: (host: string) => `${host} is at its boot loader now, and its boot console on this page is waiting for a key: Enter boots, Shift+R starts recovery. Press Tab to reach "Go to ${host}'s console".`,
    /** Said when no console of the host is on the page (an embedded terminal): below the command box, what it would show. */
    noConsole: (host: string) => `${host} is at its boot loader now. This page has no console for it: below the command box is what its console shows, with its keys as buttons. The loader boots the default bank by itself, and the shell answers again once ${host} is up.`,
    mirror: (host: string) => `What ${host}'s console shows`,
    /** The command box's placeholder meanwhile, instead of pointing at a console the page does not have. */
    booting: (host: string) => `${host} is at its console (below); the shell answers once it is up.`,
    up: (host: string) => `${host} is up again.`,
  },
} as const;
