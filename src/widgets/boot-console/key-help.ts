import type { WidgetKeys } from '../shared/key-help';

/** The boot console's keys (keys.ts maps them; sim-core's loader.ts decides what they do): the "?" dialog lists these. */
export const CONSOLE_KEYS: WidgetKeys = {
  title: 'Boot console',
  where: 'with the console screen focused (each key also has a button while it applies)',
  keys: [
    { keys: 'Enter', does: 'At the loader: boots the default hypervisor now. After a failed boot: resets the host.' },
    { keys: 'Shift+R', does: 'At the loader: recovery mode, to roll back to the build in the other boot bank.' },
    { keys: 'Shift+Y', does: 'In recovery: confirms the rollback.' },
    { keys: 'Escape', does: 'In recovery: cancels it (so does any key but Shift+Y).' },
    { keys: 'Any other key', does: 'At the loader: stops the automatic boot countdown.' },
  ],
};
