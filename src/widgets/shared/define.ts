/**
 * Defines a widget's custom element once the page is parsed. Each page loads the sim-core kits
 * its labs use as separate module scripts; they all run before the document finishes parsing,
 * so by then every preset and command a widget may ask for is registered.
 */
export function defineWidget(name: string, element: CustomElementConstructor) {
  const define = () => {
    if (!customElements.get(name)) customElements.define(name, element);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
  else define();
}
