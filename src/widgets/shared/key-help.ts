/**
 * What a widget says about its keys: each widget declares its own list (`key-help.ts` in its
 * folder) and the "?" dialog (keys-dialog.ts) reads them. Text only, for the dialog's table.
 */
export interface KeyHelp {
  /** The key or chord as a reader presses it: `Shift+R`, `Up / Down`. */
  keys: string;
  /** What it does there, as a short sentence. */
  does: string;
  /** The same in two or three words, for a widget that lists its keys in one line ("u disk devices"). */
  short?: string;
}

export interface WidgetKeys {
  /** The widget's name, as its region's label starts ("Terminal", "Boot console"). */
  title: string;
  /** Where the keys work: "in the command box", "with the console screen focused". */
  where: string;
  keys: readonly KeyHelp[];
  /** A further set of keys inside the widget, such as esxtop's while it runs in the terminal. */
  more?: { title: string; where: string; keys: readonly KeyHelp[] };
}

/** "u disk devices, c CPU": a list as one line of running text, for a widget that shows its keys itself. */
export const keysInline = (keys: readonly KeyHelp[]): string => keys.map((key) => `${key.keys} ${key.short ?? key.does}`).join(', ');

/** The keys of the page itself, listed first. */
export const PAGE_KEYS: WidgetKeys = {
  title: 'This page',
  where: 'anywhere but in a text box',
  keys: [
    { keys: '?', does: 'Opens this list (in a terminal\'s command box, use its Keys button).' },
    { keys: 'Escape', does: 'Closes this list; the keyboard goes back where it was.' },
    { keys: 'Tab / Shift+Tab', does: 'Next and previous control, in every widget.' },
  ],
};

/** The label of a widget's button that opens the dialog (page-widgets.ts finds it by `data-keys-help`). */
export const KEYS_BUTTON = 'Keys';

/** The dialog's own words. */
export const KEYS_DIALOG_TEXT = {
  title: 'Keys on this page',
  close: 'Close',
  key: 'Key',
  does: 'What it does',
} as const;
