/**
 * The boot consoles on the page, by lab session (`lab/host`): each offers a way to move the
 * keyboard to its screen, so a terminal whose host goes down can offer to go there
 * (terminal/host-down.ts) without reading another widget's DOM.
 */
const consoles = new Map<string, () => void>();

/** Registers a console's focus function; returns the unregistering. */
export function offerConsole(session: string, focus: () => void): () => void {
  consoles.set(session, focus);
  return () => {
    if (consoles.get(session) === focus) consoles.delete(session);
  };
}

/** Moves the keyboard to that session's console, if the page has one: the function, or undefined. */
export const consoleFocus = (session: string): (() => void) | undefined => consoles.get(session);
