/** The dcui widget's labels (kept beside it so other pages do not ship them). */
export const DCUI_UI_TEXT = {
    region: (host: string) => `DCUI, ${host}`,
    screen: (host: string) => `Console screen (DCUI) of ${host}. Focus here and use F2, the arrow keys, Enter, Esc and F11; Alt+F1, Alt+F2, Alt+F11 and Alt+F12 switch consoles.`,
    keyOrder: ['F2', 'Up', 'Down', 'Enter', 'Escape', 'F11', 'F12'] as const,
    tabOrder: ['Alt+F1', 'Alt+F2', 'Alt+F11', 'Alt+F12'] as const,
    keys: {
      F2: 'F2: customize system',
      Up: 'Up',
      Down: 'Down',
      Enter: 'Enter',
      Escape: 'Esc',
      F11: 'F11: confirm',
      F12: 'F12: shut down or restart',
      'Alt+F1': 'Alt+F1: Tech Support login',
      'Alt+F2': 'Alt+F2: DCUI',
      'Alt+F11': 'Alt+F11: summary',
      'Alt+F12': 'Alt+F12: log',
    },
} as const;
