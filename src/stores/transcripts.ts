import { map } from 'nanostores';
import type { OutputKind } from '#sim-core/core';

export interface TranscriptLine {
  id: number;
  text: string;
  kind: OutputKind;
}

/** What each shell session has printed, by `${labId}/${host}`: every terminal on that session shows it. */
export const $transcripts = map<Record<string, TranscriptLine[]>>({});

const MAX_LINES = 1000;
let nextId = 1;

export const sessionKey = (labId: string, host: string) => `${labId}/${host}`;

export function appendLines(key: string, lines: { text: string; kind: OutputKind }[], clearFirst = false) {
  const current = clearFirst ? [] : ($transcripts.get()[key] ?? []);
  const added = lines.map((line) => ({ id: nextId++, text: line.text, kind: line.kind }));
  $transcripts.setKey(key, [...current, ...added].slice(-MAX_LINES));
}

export function clearTranscript(key: string) {
  $transcripts.setKey(key, []);
}
