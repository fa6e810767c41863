import type { Completion } from '#sim-core/complete';

/**
 * What a Tab in the command box does, as busybox ash's line editor does it, with one addition
 * for keyboard users: a Tab that can do nothing more moves on to the next control, so Tab never
 * traps focus in the terminal.
 *
 * - `write`: the completion changed the line (a unique match, or the common prefix of several);
 * - `hint`: nothing to add yet: the status says how many matches there are (none, or several);
 * - `list`: a second Tab on the same line with several matches lists them below the line;
 * - `leave`: the browser's Tab: on an empty line, right after Escape, or when a Tab on this
 *   line already did all it could (at most two Tabs in a row on an unchanged line are kept).
 */
export type TabAction = 'write' | 'hint' | 'list' | 'leave';

/** What the previous Tab left: the line it left, and whether its matches were listed. */
export type TabMemory = { line: string; listed: boolean } | null;

export function tabStep(memory: TabMemory, afterEscape: boolean, line: string, cursor: number, done: Completion): { action: TabAction; memory: TabMemory } {
  if (afterEscape || line.slice(0, cursor).trim() === '') return { action: 'leave', memory: null };
  if (memory?.line === line) {
    if (!memory.listed && done.matches.length > 1) return { action: 'list', memory: { line, listed: true } };
    return { action: 'leave', memory: null };
  }
  // After a unique match the next Tab starts afresh on the next word, as in ash.
  if (done.line !== line) return { action: 'write', memory: done.matches.length > 1 ? { line: done.line, listed: false } : null };
  return { action: 'hint', memory: { line, listed: false } };
}
