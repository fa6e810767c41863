/**
 * What the widget sweep (widgets-sweep.spec.ts) measures inside a page, as one function the
 * browser runs (`page.evaluate(auditPage, …)`): it must stay self-contained, since Playwright
 * sends its source, not its closure. Every finding names the widget it sits in (its slug, its
 * place among the page's widgets of that kind, its region's name), the element and its size, so
 * a failure after a merge says where to look without a rerun.
 */

export interface AuditInput {
  /** Each widget's custom element and slug, from src/widgets/manifest.ts. */
  widgets: readonly { tag: string; slug: string }[];
  /** The touch run: inputs must be at least 16 px (iOS zooms into smaller ones). */
  touch: boolean;
  /** WCAG 2.2's minimum target size (2.5.8), in CSS pixels. */
  minTarget: number;
  minInputFont: number;
}

export interface AuditResult {
  /** The page scrolls sideways: by how much, and the outermost elements that stick out. */
  sideways: string[];
  smallTargets: string[];
  smallInputs: string[];
}

export function auditPage({ widgets, touch, minTarget, minInputFont }: AuditInput): AuditResult {
  const CONTROLS = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  // Inputs that take typed text or a choice from a list: the ones a phone zooms into when small.
  const TYPED = 'input:not([type="checkbox"], [type="radio"], [type="range"], [type="button"], [type="submit"], [type="reset"], [type="color"], [type="file"], [type="hidden"]), select, textarea';
  const tags = widgets.map((widget) => widget.tag);
  const seen = new Map<Element, string>();

  /**
   * "terminal #2 (Terminal, esx01, lab boot)"; outside any widget, "page, after" the widget before
   * it (a widget's Embed disclosure follows it), or "page, before any widget".
   */
  function widgetOf(element: Element): string {
    let node: Element | null = element;
    while (node && !tags.includes(node.localName)) node = node.parentElement;
    if (!node) {
      const before = [...document.querySelectorAll(tags.join(','))].filter((widget) => widget.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
      return before ? `page, after ${nameOf(before)}` : 'page, before any widget';
    }
    return nameOf(node);
  }

  function nameOf(node: Element): string {
    const known = seen.get(node);
    if (known) return known;
    const slug = widgets.find((widget) => widget.tag === node.localName)!.slug;
    const index = [...document.querySelectorAll(node.localName)].indexOf(node) + 1;
    const region = node.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
    const name = `${slug} #${index}${region ? ` (${region})` : ''}`;
    seen.set(node, name);
    return name;
  }

  function describe(element: Element): string {
    const label = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText ?? '';
    const type = element.getAttribute('type');
    const short = label.replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${element.localName}${type ? ` type=${type}` : ''}>${short ? ` "${short}"` : ''}`;
  }

  const size = (rect: DOMRect) => `${Math.round(rect.width * 10) / 10}×${Math.round(rect.height * 10) / 10} px`;

  /** Shown to a sighted reader: rendered, not hidden, and more than a screen reader's 1 px box. */
  function visible(element: Element): boolean {
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  }

  /**
   * A link inside a line of text (a sentence, a footnote mark beside a table's heading): WCAG
   * 2.5.8 exempts such "inline" targets. The text it sits in is that of its nearest box that
   * is not inline.
   */
  function inlineInText(element: Element): boolean {
    if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
    let box = element.parentElement;
    while (box && getComputedStyle(box).display === 'inline') box = box.parentElement;
    if (!box) return false;
    const own = element.textContent ?? '';
    return /[A-Za-z0-9]/.test((box.textContent ?? '').replace(own, ''));
  }

  /** What a tap hits: a radio or checkbox counts with its label, which toggles it too. */
  function targetRect(element: Element): DOMRect {
    const own = element.getBoundingClientRect();
    if (!(element instanceof HTMLInputElement) || !(element.type === 'radio' || element.type === 'checkbox')) return own;
    const label = element.labels?.[0];
    if (!label) return own;
    const theirs = label.getBoundingClientRect();
    const left = Math.min(own.left, theirs.left);
    const top = Math.min(own.top, theirs.top);
    return new DOMRect(left, top, Math.max(own.right, theirs.right) - left, Math.max(own.bottom, theirs.bottom) - top);
  }

  const smallTargets: string[] = [];
  for (const element of document.querySelectorAll(CONTROLS)) {
    if (!visible(element) || inlineInText(element)) continue;
    const rect = targetRect(element);
    if (rect.width < minTarget || rect.height < minTarget) smallTargets.push(`${widgetOf(element)}: ${describe(element)} is ${size(rect)}`);
  }

  const smallInputs: string[] = [];
  if (touch) {
    for (const element of document.querySelectorAll(TYPED)) {
      if (!visible(element)) continue;
      const font = parseFloat(getComputedStyle(element).fontSize);
      if (font < minInputFont) smallInputs.push(`${widgetOf(element)}: ${describe(element)} has a ${font} px font`);
    }
  }

  const sideways: string[] = [];
  const scroller = document.scrollingElement!;
  if (scroller.scrollWidth > scroller.clientWidth) {
    sideways.push(`the page is ${scroller.scrollWidth} px wide in a ${scroller.clientWidth} px viewport`);
    // The outermost elements past the right edge that no scroll box of their own contains.
    const edge = scroller.clientWidth + 0.5;
    const clipped = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const over = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > edge && !clipped(element));
    for (const element of over.filter((element) => !over.includes(element.parentElement!)).slice(0, 5)) {
      sideways.push(`${widgetOf(element)}: ${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`);
    }
  }
  return { sideways, smallTargets, smallInputs };
}
