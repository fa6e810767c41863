/**
 * Defines a widget's custom element once every module script of the page has run. A page
 * loads the sim-core kits its labs use as separate module scripts, and module scripts run
 * while the document is "interactive", before DOMContentLoaded: waiting for that event means
 * every preset and command a widget may ask for is registered when the widget connects.
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
