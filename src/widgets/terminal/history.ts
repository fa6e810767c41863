/**
 * Arrow-key history over the shell session's own history (kept in the lab, not here).
 * `position` counts back from the newest entry; null means "editing a new line".
 */
export interface HistoryCursor {
  position: number | null;
  draft: string;
}

export function browseHistory(history: readonly string[], cursor: HistoryCursor, direction: 'older' | 'newer', current: string): { cursor: HistoryCursor; text: string } {
  if (history.length === 0) return { cursor, text: current };
  const draft = cursor.position === null ? current : cursor.draft;
  if (direction === 'older') {
    const position = cursor.position === null ? 0 : Math.min(cursor.position + 1, history.length - 1);
    return { cursor: { position, draft }, text: history[history.length - 1 - position]! };
  }
  if (cursor.position === null) return { cursor, text: current };
  if (cursor.position === 0) return { cursor: { position: null, draft: '' }, text: draft };
  const position = cursor.position - 1;
  return { cursor: { position, draft }, text: history[history.length - 1 - position]! };
}
