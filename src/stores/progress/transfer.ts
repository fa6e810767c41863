import { isRecord } from './checks';
import { EARLIER_VERSIONS, PROGRESS_VERSION, salvageProgress, type Progress } from './format';

/**
 * Progress to and from a file, for the progress page: the file is the stored value itself
 * (format version 4, ./format.ts), so an import is read by the same validators as storage, but
 * strictly: a file with any part that does not read is refused whole, and nothing changes.
 */

/** Far more than any reader's progress (every question with a full history is under 200 KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportRefusal = 'too-big' | 'empty' | 'not-json' | 'not-progress' | 'newer' | 'damaged';
export type ImportOutcome = { ok: true; progress: Progress } | { ok: false; reason: ImportRefusal; detail?: string };

/** Checks a file's size before reading it, so a huge file is never read into the page. */
export function checkImportSize(bytes: number): ImportOutcome | null {
  return bytes > MAX_IMPORT_BYTES ? { ok: false, reason: 'too-big' } : bytes === 0 ? { ok: false, reason: 'empty' } : null;
}

/** Reads an exported file's text. Pure, never throws. */
export function parseImport(text: string): ImportOutcome {
  const size = checkImportSize(new Blob([text]).size);
  if (size) return size;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  // Its version says it is a progress file at all: anything else is some other JSON.
  const version = isRecord(value) ? value.version : undefined;
  if (!isRecord(value) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'not-progress' };
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer', detail: String(version) };
  if (version !== PROGRESS_VERSION && !EARLIER_VERSIONS.includes(version)) return { ok: false, reason: 'not-progress' };
  const { progress, dropped } = salvageProgress(value, version === PROGRESS_VERSION);
  return dropped.length > 0 ? { ok: false, reason: 'damaged', detail: dropped[0] } : { ok: true, progress };
}

/** The exported file's text: the progress as stored, indented so a person can read it. */
export const exportText = (progress: Progress): string => `${JSON.stringify(progress, null, 2)}\n`;

/** `inside-esxi-progress-2026-12-04.json`: the reader's local date, so files sort by day. */
export function exportFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `inside-esxi-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
