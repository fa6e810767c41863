import { LOADER_TEXT } from '../../ui/loader-strings';
import { showWidgetError } from './widget-error';

/**
 * How far ahead of the viewport a widget wakes its runtime: a quarter screen, so that a reader
 * who scrolls finds it live, while a reader who only opens the page downloads none of it.
 */
const WAKE_AHEAD = '25% 0px';
const INTERACTIONS = ['pointerdown', 'focusin'] as const;

/**
 * Loads a page's widget runtime (the sim-core kits and the custom elements) the first time a
 * reader needs it: a widget comes near the viewport, the reader touches or focuses one, or
 * presses any key (keyboard readers then find every control ahead of them enabled). Until then each widget shows its server-rendered first output, so opening a chapter
 * costs only the page's own scripts. Keys pressed inside a widget while its code loads are
 * replayed once it is live, so a fast typist loses nothing; if the load fails, the widgets say
 * so instead of staying silently inert.
 */
/**
 * Radios, checkboxes, selects and buttons answer keys by themselves (a replayed synthetic key
 * would not move a radio or press a button), so their keys are never held back.
 */
function actsNatively(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return target.type === 'radio' || target.type === 'checkbox';
  return target instanceof HTMLSelectElement || target instanceof HTMLButtonElement;
}

export function wakeWhenNeeded(widgets: readonly Element[], load: () => Promise<unknown>) {
  if (widgets.length === 0) return;
  const inWidget = (event: Event) => widgets.some((widget) => widget.contains(event.target as Node));
  const early: KeyboardEvent[] = [];
  let state: 'asleep' | 'loading' | 'live' = 'asleep';
  const observer = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver(onSeen, { rootMargin: WAKE_AHEAD });

  function wake() {
    if (state !== 'asleep') return;
    state = 'loading';
    observer?.disconnect();
    INTERACTIONS.forEach((type) => document.removeEventListener(type, onInteraction, true));
    load()
      .then(() => Promise.all([...new Set(widgets.map((widget) => widget.localName))].map((name) => customElements.whenDefined(name))))
      .then(goLive, fail);
  }
  function onSeen(entries: IntersectionObserverEntry[]) {
    if (entries.some((entry) => entry.isIntersecting)) wake();
  }
  function onInteraction(event: Event) {
    if (inWidget(event)) wake();
  }
  function holdEarlyKey(event: KeyboardEvent) {
    if (state === 'live') return;
    // Any key wakes the labs: a keyboard reader's first Tab must find enabled controls ahead.
    wake();
    if (event.key === 'Tab' || !inWidget(event) || actsNatively(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    early.push(event);
  }
  function goLive() {
    state = 'live';
    document.removeEventListener('keydown', holdEarlyKey, true);
    for (const key of early.splice(0)) key.target?.dispatchEvent(new KeyboardEvent('keydown', { key: key.key, code: key.code, shiftKey: key.shiftKey, altKey: key.altKey, ctrlKey: key.ctrlKey, metaKey: key.metaKey, bubbles: true, cancelable: true }));
  }
  function fail() {
    document.removeEventListener('keydown', holdEarlyKey, true);
    widgets.forEach((widget) => showWidgetError(widget as HTMLElement, LOADER_TEXT.runtimeFailed));
  }

  // A key typed into a sleeping widget is held and replayed once the widget is live.
  document.addEventListener('keydown', holdEarlyKey, true);
  if (!observer) return wake();
  widgets.forEach((widget) => observer.observe(widget));
  INTERACTIONS.forEach((type) => document.addEventListener(type, onInteraction, true));
}
