import { kitsReady } from './kits-ready';

/**
 * Defines a widget's custom element once every module script of the page has run (module
 * scripts run while the document is "interactive", before DOMContentLoaded), so a widget
 * never connects before a script it relies on has set things up.
 */
export function defineWidget(name: string, element: CustomElementConstructor) {
  const define = () => {
    if (!customElements.get(name)) customElements.define(name, element);
  };
  if (document.readyState === 'complete') return define();
  // DOMContentLoaded normally; `load` covers a script that arrives after that event.
  document.addEventListener('DOMContentLoaded', define, { once: true });
  window.addEventListener('load', define, { once: true });
}

/** Defines a lab widget's custom element once every sim-core kit the page needs has registered. */
export function defineLabWidget(name: string, element: CustomElementConstructor) {
  void kitsReady.then(() => defineWidget(name, element));
}
