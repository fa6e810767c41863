import { map } from 'nanostores';
import type { LiveSource, OutputKind } from '#sim-core/core';

export interface TranscriptLine {
  id: number;
  text: string;
  kind: OutputKind;
  /** Set while the line is redrawn in place (a progress line): what it reports on. */
  live?: LiveSource;
}

/** What each shell session has printed, by `${labId}/${host}`: every terminal on that session shows it. */
export const $transcripts = map<Record<string, TranscriptLine[]>>({});

/**
 * A transcript holds at most MAX_LINES; past that it drops its oldest lines down to TRIM_TO (or
 * to what the last command printed, if more), not a line or two per command: removing the first
 * lines of the screen costs the browser a layout of every line still there, so it happens once
 * every fifty or so commands instead of on each.
 */
export const MAX_LINES = 1000;
export const TRIM_TO = 900;
let nextId = 1;

export const sessionKey = (labId: string, host: string) => `${labId}/${host}`;

export function appendLines(key: string, lines: { text: string; kind: OutputKind; live?: LiveSource }[], clearFirst = false) {
  const current = clearFirst ? [] : ($transcripts.get()[key] ?? []);
  const added = lines.map((line) => ({ id: nextId++, text: line.text, kind: line.kind, ...(line.live ? { live: line.live } : {}) }));
  const next = [...current, ...added];
  $transcripts.setKey(key, next.length > MAX_LINES ? next.slice(-Math.min(MAX_LINES, Math.max(TRIM_TO, added.length))) : next);
}

export function clearTranscript(key: string) {
  $transcripts.setKey(key, []);
}

/**
 * A line redrawn in place, as a carriage return does on a real terminal: same id, new text, still
 * live or not. The line becomes a new object, so views see which lines changed.
 */
export function redrawLine(key: string, id: number, text: string, live: LiveSource | undefined) {
  const lines = $transcripts.get()[key];
  if (!lines) return;
  $transcripts.setKey(key, lines.map((line) => {
    if (line.id !== id) return line;
    const { live: _was, ...rest } = line;
    return live ? { ...rest, text, live } : { ...rest, text };
  }));
}
