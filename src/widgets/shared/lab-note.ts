/**
 * Each lab's one note ("starts fresh when you reload the page"), in the share row under the
 * lab's first widget on the page, appears once the lab is live: a lab without its code has
 * nothing to lose on reload. The first row of the lab shows it, whichever widget wakes first.
 */
export function showLabNote(labId: string) {
  const note = document.querySelector<HTMLElement>(`[data-lab-note="${CSS.escape(labId)}"]`);
  if (note) note.hidden = false;
}
