/**
 * esxtop as a full-screen program inside a terminal: a layer over the terminal showing the screen
 * sim-core renders for the lab, the host and the view; keys go to esxtop until q or Escape.
 * It redraws after each key and when the lab's clock crosses a 5-second refresh. A screen reader
 * hears what a key changed (a short status), not the whole screen at every refresh.
 */
import { esxtopKey, esxtopScreen, fieldOrder, refreshedAt, shownColumns, START_VIEW, type EsxtopView } from '#sim-core/storage';
import { getLab, labStore } from '../../stores/labs';
import { TERMINAL_TEXT } from './strings';
import { setText } from '../shared/dom';

const T = TERMINAL_TEXT.esxtop;

/** What a key changed, in a sentence for the status line; null when nothing worth saying did. */
function statusAfter(before: EsxtopView, after: EsxtopView): string | null {
  if (after.editing && after.editing !== before.editing) return after.editing === 'fields' ? T.fields : T.order;
  if (after.panel !== before.panel || (before.editing && !after.editing)) {
    return after.panel === 'cpu' ? T.panel.cpu! : `${T.panel['disk-device']}. ${T.columns(['DEVICE', ...shownColumns(after)].join(', '))}`;
  }
  if (after.shown !== before.shown || after.order !== before.order) return T.fieldOrder(fieldOrder(after));
  return null;
}

/** Opens esxtop over `section` for a host of a lab; `onQuit` runs once it has closed. Returns a function that closes it. */
export function openEsxtop(section: HTMLElement, labId: string, host: string, onQuit: () => void): () => void {
  let view = START_VIEW;
  let shownAt = -1;
  const layer = document.createElement('div');
  layer.className = 'esxi-esxtop';
  layer.setAttribute('role', 'region');
  layer.setAttribute('aria-label', T.region(host));
  layer.tabIndex = 0;
  const screen = document.createElement('pre');
  screen.className = 'esxi-esxtop__screen';
  const keysHelp = document.createElement('p');
  keysHelp.className = 'esxi-esxtop__keys';
  keysHelp.textContent = T.keys;
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  layer.append(screen, keysHelp, status);

  const draw = () => {
    const lab = getLab(labId);
    if (!lab) return;
    shownAt = refreshedAt(lab.clock.nowMs);
    setText(screen, esxtopScreen(lab, host, view).join('\n'));
  };
  const stopLab = labStore(labId).listen((lab) => {
    if (lab && refreshedAt(lab.clock.nowMs) !== shownAt) draw();
  });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    stopLab();
    layer.remove();
    onQuit();
  };
  layer.addEventListener('keydown', (event) => {
    // Tab leaves as anywhere; "?" opens the page's keys dialog (src/widgets/shared/keys-dialog.ts), as esxtop's own help key would.
    if (event.key === 'Tab' || event.key === '?' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key.length !== 1 && event.key !== 'Escape' && event.key !== 'Enter') return;
    // esxtop has the keyboard: Starlight's `/` search and the page do not see these keys.
    event.preventDefault();
    event.stopPropagation();
    const next = esxtopKey(view, event.key);
    if (next.quit) return close();
    const said = statusAfter(view, next);
    view = next;
    draw();
    if (said) setText(status, said);
  });
  section.append(layer);
  draw();
  setText(status, T.opened(host));
  layer.focus();
  return close;
}
