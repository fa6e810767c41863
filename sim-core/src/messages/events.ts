/** Why an event changed nothing: what a widget says when the lab refuses a click or a key. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const EVENT_TEXT = {
  notAnObject: 'This lab only understands events that are objects with a type.',
  unknownType: (type: string) => `This lab does not know the event "${clip(type)}".`,
  notLoaded: (type: string, kit: string) => `The ${kit} part of this lab is not loaded yet, so "${clip(type)}" cannot run; try again in a moment.`,
  noHostField: (type: string) => `The event "${clip(type)}" names no host.`,
  unknownHost: (host: string) => `There is no host named ${clip(host)} in this lab.`,
  hostDown: (host: string) => `${clip(host)} is not running: it is at its boot console.`,
  badField: (type: string, field: string, expected: string) => `The event "${clip(type)}" needs ${field} to be ${expected}.`,
  notBooting: (host: string) => `${clip(host)} is already at its boot console.`,
  notConsoleKey: (key: string) => `"${clip(key)}" is not a key the boot console knows (Shift+R, Shift+Y, Enter, Escape).`,
} as const;
