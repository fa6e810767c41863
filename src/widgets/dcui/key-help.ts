import type { WidgetKeys } from '../shared/key-help';

/** The DCUI's keys (keys.ts maps them; sim-core's DCUI menus decide what they do): the "?" dialog lists these. */
export const DCUI_KEYS: WidgetKeys = {
  title: 'DCUI',
  where: 'with the DCUI screen focused (each key also has a button)',
  keys: [
    { keys: 'F2', does: 'Customize System: the login (Enter logs in), then the menu.' },
    { keys: 'Up / Down', does: 'Moves through the menu.' },
    { keys: 'Enter', does: 'Opens or toggles the selected item.' },
    { keys: 'Escape', does: 'Goes back one screen.' },
    { keys: 'F11', does: 'Confirms a change the screen asks about.' },
    { keys: 'F12', does: 'Shut Down/Restart (F11 confirms).' },
    { keys: 'Alt+F1', does: 'Switches to the Tech Support Mode login console.' },
    { keys: 'Alt+F2', does: 'Switches back to the DCUI.' },
    { keys: 'Alt+F11 / Alt+F12', does: 'The summary console, the vmkernel log console.' },
  ],
};
