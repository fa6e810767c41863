/**
 * The terminal's code that waits until it is needed, fetched as one file: Tab completion (on the
 * command box's first focus) and the way to the console (the first time the host is down).
 */
export { bindTabCompletion } from './tab-completion';
export { drawHostDown } from './host-down';
