import { browserStorage, writeItem } from '../stores/storage';
import { parseEmbedQuery, themeFor } from './query';

/**
 * The browser side of an embed page, run at page open (it is small; the lab's code still loads
 * on demand): vet the query, apply the theme and the chosen host before any widget connects,
 * say what was ignored, tell the parent frame the page's height, and say discreetly when the
 * browser will not let the page save progress.
 */
const root = document.querySelector<HTMLElement>('[data-embed]');
if (root) start(root);

function start(root: HTMLElement) {
  const hosts = (root.dataset.hosts ?? '').split(' ').filter(Boolean);
  const options = parseEmbedQuery(location.search, hosts);

  const light = matchMedia('(prefers-color-scheme: light)');
  const applyTheme = () => (document.documentElement.dataset.theme = themeFor(options.theme, light.matches));
  applyTheme();
  if (!options.theme) light.addEventListener('change', applyTheme);

  if (options.host && options.host !== hosts[0]) showHost(root, options.host);

  const messages = root.querySelector<HTMLElement>('[data-embed-messages]')!;
  messages.replaceChildren(...options.messages.map((message) => Object.assign(document.createElement('p'), { textContent: message })));
  messages.hidden = options.messages.length === 0;

  if (root.dataset.saves !== undefined && !storageWorks()) {
    const note = root.querySelector<HTMLElement>('[data-embed-storage]')!;
    note.hidden = false;
  }

  if (window.parent !== window) postHeights();
}

/**
 * Puts another host's server render into the widget before its code wakes it: the element
 * stays (the page's loader watches it), its attributes and contents become the other host's.
 */
function showHost(root: HTMLElement, host: string) {
  const live = root.querySelector<HTMLElement>('[data-embed-slot] > [lab]');
  const template = root.querySelector<HTMLTemplateElement>(`template[data-host="${CSS.escape(host)}"]`);
  const other = template?.content.firstElementChild;
  if (!live || !template || !other) return;
  for (const { name, value } of other.attributes) live.setAttribute(name, value);
  live.replaceChildren(...other.childNodes);
  const title = root.querySelector('[data-embed-title]');
  if (title && template.dataset.title) title.textContent = template.dataset.title;
}

/** Whether progress can be saved here (third-party frames are often refused storage). */
function storageWorks(): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  const probe = 'esxi-embed-probe';
  const ok = writeItem(storage, probe, '1');
  try {
    storage.removeItem(probe);
  } catch {
    return false;
  }
  return ok;
}

/** Posts the page's height to the parent on load and whenever it changes. */
function postHeights() {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'esxi-embed:height', height }, '*');
  };
  post();
  window.addEventListener('load', post);
  new ResizeObserver(post).observe(document.body);
}
