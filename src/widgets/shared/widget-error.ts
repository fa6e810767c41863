import { LOADER_TEXT } from '../../ui/loader-strings';

/** Replaces a widget's controls with a plain sentence: the page keeps working around it. */
export function showWidgetError(element: HTMLElement, message: string) {
  const note = document.createElement('p');
  note.className = 'esxi-widget-error';
  note.setAttribute('role', 'status');
  note.textContent = `${LOADER_TEXT.widgetError}: ${message}`;
  element.replaceChildren(note);
}
