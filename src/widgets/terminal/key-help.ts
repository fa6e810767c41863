import type { KeyHelp, WidgetKeys } from '../shared/key-help';

/** esxtop's keys while it runs over the terminal (esxtop-screen.ts shows them in its last line). */
export const ESXTOP_KEYS: readonly KeyHelp[] = [
  { keys: 'u', does: 'Shows the disk device panel.', short: 'disk devices' },
  { keys: 'c', does: 'Shows the CPU panel.', short: 'CPU' },
  { keys: 'f', does: 'Opens the field screen (disk device panel): a field letter shows or hides it.', short: 'fields' },
  { keys: 'o', does: 'Opens the field order screen: upper case moves a field left, lower case right.', short: 'field order' },
  { keys: 'q or Escape', does: 'Quits esxtop; the command box has the keys again.', short: 'quit' },
];

/** The terminal's keys (terminal-element.ts, tab-completion.ts): the "?" dialog lists these. */
export const TERMINAL_KEYS: WidgetKeys = {
  title: 'Terminal',
  where: 'in the command box',
  keys: [
    { keys: 'Enter', does: 'Runs the line.' },
    { keys: 'Up / Down', does: 'Earlier and later lines of the history.' },
    { keys: 'Tab', does: 'Completes a command or a path, as ash does; a second Tab lists the matches. On an empty line, or when nothing more can be completed, Tab moves on to the next control.' },
    { keys: 'Escape, then Tab', does: 'Always leaves the command box (Shift+Tab always goes back).' },
    { keys: 'Ctrl+C', does: 'Drops the line (with text selected, copies it).' },
    { keys: 'Ctrl+L', does: 'Clears the screen.' },
    { keys: '?', does: 'Types a question mark: the Keys button opens this list.' },
  ],
  more: {
    title: 'esxtop',
    where: 'while esxtop runs in the terminal',
    keys: ESXTOP_KEYS,
  },
};
