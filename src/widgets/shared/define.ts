/** Defines a widget's custom element once (a module may arrive in more than one chunk). */
export function defineElement(name: string, element: CustomElementConstructor) {
  if (!customElements.get(name)) customElements.define(name, element);
}
