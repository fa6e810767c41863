import type { TranscriptLine } from '../../stores/transcripts';

/**
 * Lines redrawn in place (a progress line) get their new text. While a line is live a screen reader
 * is not told of every percent (aria-live off on it); its last redraw is announced with the log.
 */
export function redrawChangedLines(screen: HTMLElement, previous: readonly TranscriptLine[], lines: readonly TranscriptLine[]) {
  const count = Math.min(previous.length, lines.length);
  for (let index = 0; index < count; index++) {
    const line = lines[index]!;
    const element = screen.children[index];
    if (line === previous[index] || !element) continue;
    if (!line.live) element.removeAttribute('aria-live');
    element.textContent = line.text;
  }
}

/** A new line element's attributes for its liveness. */
export function markLive(element: HTMLElement, line: TranscriptLine) {
  if (line.live) element.setAttribute('aria-live', 'off');
}
