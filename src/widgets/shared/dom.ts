/** Small DOM helpers the widgets share. Text only: nothing here parses HTML. */

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
