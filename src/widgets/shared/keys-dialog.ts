/**
 * The "?" dialog: the keys of each kind of widget on the page, from the lists the widgets
 * declare (their `key-help.ts`). Fetched only when a reader asks for it (page-widgets.ts listens
 * for "?" and for the widgets' Keys buttons). A native modal <dialog>: Escape closes it, focus
 * stays inside while it is open and goes back where it was when it closes.
 */
import { widgetByTag } from '../manifest';
import { CONSOLE_KEYS } from '../boot-console/key-help';
import { DCUI_KEYS } from '../dcui/key-help';
import { choiceKeys } from '../quiz/key-help';
import { TERMINAL_KEYS } from '../terminal/key-help';
import { KEYS_DIALOG_TEXT as T, PAGE_KEYS, type KeyHelp, type WidgetKeys } from './key-help';
import { timeKeys } from './time-key-help';

const titleOf = (tag: string) => widgetByTag(tag)?.title ?? tag;

/**
 * An element with attributes and children, text as text nodes: dom.ts's `el`, written again here
 * so this file, fetched alone, does not split that module out of the chunk every lab widget shares.
 */
function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Each widget's declared keys, by tag; a widget with no keys of its own is absent. */
const KEYS_BY_TAG: Readonly<Record<string, () => WidgetKeys>> = {
  'esxi-terminal': () => TERMINAL_KEYS,
  'esxi-boot-console': () => CONSOLE_KEYS,
  'esxi-dcui': () => DCUI_KEYS,
  'esxi-nioc-chart': () => timeKeys(titleOf('esxi-nioc-chart')),
  'esxi-lbt-chart': () => timeKeys(titleOf('esxi-lbt-chart')),
  'esxi-quiz': () => choiceKeys(titleOf('esxi-quiz')),
  'esxi-exam': () => choiceKeys(titleOf('esxi-exam')),
  'esxi-sorter': () => choiceKeys(titleOf('esxi-sorter')),
};

/** The sections the dialog shows for the widget tags on a page, in page order: the page's own keys, then one per kind of widget. */
export function keySections(tags: readonly string[]): WidgetKeys[] {
  const kinds = [...new Set(tags)].filter((tag) => Object.hasOwn(KEYS_BY_TAG, tag));
  return [PAGE_KEYS, ...kinds.map((tag) => KEYS_BY_TAG[tag]!())];
}

function keyTable(keys: readonly KeyHelp[], caption: string): HTMLElement {
  const rows = keys.map((key) => el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, key.keys)), el('td', {}, key.does)));
  return el('table', {}, el('caption', { class: 'sr-only' }, caption), el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, T.key), el('th', { scope: 'col' }, T.does))), el('tbody', {}, ...rows));
}

function section(keys: WidgetKeys): HTMLElement {
  const parts: HTMLElement[] = [el('h3', {}, keys.title), el('p', {}, `Keys ${keys.where}:`), keyTable(keys.keys, `${keys.title}, keys ${keys.where}`)];
  if (keys.more) parts.push(el('h4', {}, keys.more.title), el('p', {}, `Keys ${keys.more.where}:`), keyTable(keys.more.keys, `${keys.more.title}, keys ${keys.more.where}`));
  return el('section', {}, ...parts);
}

let dialog: HTMLDialogElement | null = null;

/** Opens the dialog for the widgets given (the page's widget elements); focus returns to where it was on close. */
export function openKeysDialog(widgets: readonly Element[]) {
  if (dialog?.open) return;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog?.remove();
  const close = el('button', { type: 'button', class: 'esxi-keys__close' }, T.close);
  dialog = el('dialog', { class: 'esxi-keys not-content', 'aria-labelledby': 'esxi-keys-title' },
    el('div', { class: 'esxi-keys__head' }, el('h2', { id: 'esxi-keys-title' }, T.title), close),
    ...keySections(widgets.map((widget) => widget.localName)).map(section),
  ) as HTMLDialogElement;
  close.addEventListener('click', () => dialog?.close());
  dialog.addEventListener('close', () => opener?.isConnected && opener.focus());
  document.body.append(dialog);
  dialog.showModal();
}
