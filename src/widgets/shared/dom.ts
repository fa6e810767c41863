/** Small helpers the widgets share: text into the DOM (nothing here parses HTML), and figures out of it. */

export function setText(element: Element, value: string) {
  if (element.textContent !== value) element.textContent = value;
}

/** Replaces a parent's children with one `tag` element per text, unless they already match. */
export function replaceTexts(parent: Element, tag: string, texts: readonly string[]) {
  const current = [...parent.children].map((child) => child.textContent ?? '');
  if (current.length === texts.length && current.every((text, index) => text === texts[index])) return;
  parent.replaceChildren(...texts.map((text) => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  }));
}

/** Builds an element with attributes and children; strings become text nodes (never HTML). */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * A number as a reader typed it, for an event: NaN when the field is empty or holds no number.
 * The widgets do not judge the value (the lab does, and says why it refuses one).
 */
export function typedNumber(text: string): number {
  const t = text.trim();
  return t === '' ? Number.NaN : Number(t);
}
