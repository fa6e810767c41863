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

async function wake(): Promise<unknown> {
  const kits = [...new Set(widgets.flatMap(kitsOf))];
  if (kits.length > 0 || widgets.some((element) => widgetByTag(element.localName)?.lab)) {
    const { loadKits } = await import('../../stores/sim');
    await loadKits(kits);
  }
  return Promise.all([...new Set(widgets.map((element) => element.localName))].map((tag) => widgetByTag(tag)!.load!()));
}

wakeWhenNeeded(widgets, wake);

// "?" (outside a text box, which keeps its "?") and each widget's Keys button open the list of this page's keys, fetched then.
const openKeys = () => import('./keys-dialog').then(({ openKeysDialog }) => openKeysDialog(widgets));
addEventListener('keydown', (event) => {
  if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !(event.target as Element).closest('input:not([type=radio],[type=checkbox]),textarea,select,[contenteditable]')) openKeys();
});
addEventListener('click', (event) => (event.target as Element).closest?.('[data-keys-help]') && openKeys());
