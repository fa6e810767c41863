import type { KitId } from '#sim-core/core';
import { WIDGETS, widgetByTag } from '../manifest';
import { wakeWhenNeeded } from './wake';

/**
 * The one script a page with widgets loads at open: it finds the page's widgets and, when a
 * reader first needs them (see wake.ts), fetches the code they need, as the manifest says:
 * the kits their labs and they themselves use, then their elements. Until then each widget
 * shows its server-rendered first state, so opening a chapter costs only this script.
 */
const widgets = [...document.querySelectorAll(WIDGETS.filter((entry) => entry.load).map((entry) => entry.tag).join(','))];

/** The kits a widget needs: its lab's (rendered by the server as `kits`) and its own (the manifest's). */
const kitsOf = (element: Element): KitId[] => [
  ...((element.getAttribute('kits') ?? '').split(' ').filter(Boolean) as KitId[]),
  ...(widgetByTag(element.localName)?.kits ?? []),
];

/** The page was opened from a lab link (src/stores/links/). */
const linked = location.hash.startsWith('#lab=');

async function wake(): Promise<void> {
  const kits = [...new Set(widgets.flatMap(kitsOf))];
  if (kits.length > 0 || widgets.some((element) => widgetByTag(element.localName)?.lab)) {
    const { loadKits } = await import('../../stores/sim');
    await loadKits(kits);
  }
  await Promise.all([...new Set(widgets.map((element) => element.localName))].map((tag) => widgetByTag(tag)!.load!()));
  // A lab link (#lab=…) plays its lab again once the page's labs are live; its failures are the lab note's to tell.
  if (linked) await share().then((code) => code.openLink(location.hash)).catch(() => undefined);
}

/** Lab links and the "Share or embed" controls (ShareOrEmbed.astro): one chunk, fetched when first needed. */
const share = () => import('./share-panel');
document.addEventListener('toggle', (event) => {
  const details = event.target;
  if (details instanceof HTMLDetailsElement && details.open && details.matches('.esxi-share__details')) void share().then((code) => code.fill(details));
}, true);

let waking: Promise<unknown> | undefined;
const wakeOnce = () => (waking ??= wake());
wakeWhenNeeded(widgets, wakeOnce);
// A page opened from a lab link wakes at once: the link's lab may be anywhere on it.
if (linked) void wakeOnce();

// "?" (outside a text box, which keeps its "?") and each widget's Keys button open the list of this page's keys, fetched then.
const openKeys = () => import('./keys-dialog').then(({ openKeysDialog }) => openKeysDialog(widgets));
addEventListener('keydown', (event) => {
  if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !(event.target as Element).closest('input:not([type=radio],[type=checkbox]),textarea,select,[contenteditable]')) openKeys();
});
addEventListener('click', (event) => (event.target as Element).closest?.('[data-keys-help]') && openKeys());
