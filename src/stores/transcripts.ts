import { map } from 'nanostores';
import type { OutputKind } from '#sim-core/core';

export interface TranscriptLine {
  id: number;
  text: string;
  kind: OutputKind;
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

export function appendLines(key: string, lines: { text: string; kind: OutputKind }[], clearFirst = false) {
  const current = clearFirst ? [] : ($transcripts.get()[key] ?? []);
  const added = lines.map((line) => ({ id: nextId++, text: line.text, kind: line.kind }));
  const next = [...current, ...added];
  $transcripts.setKey(key, next.length > MAX_LINES ? next.slice(-Math.min(MAX_LINES, Math.max(TRIM_TO, added.length))) : next);
}

export function clearTranscript(key: string) {
  $transcripts.setKey(key, []);
}
