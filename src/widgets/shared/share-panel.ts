import { labLink } from '../../stores/links/share-link';
export { openLink } from '../../stores/links/open-link';
import { MAX_LINK_LENGTH, SHARE_TEXT as T } from './share-strings';

/**
 * An opened "Share or embed" control: its lab link made from the lab as it is now (or, past the
 * length limit, why not, with the page's own address), its embed code naming this site's
 * address, and copy buttons that copy, or select the text where the clipboard is refused.
 */
export async function fill(details: HTMLDetailsElement) {
  const share = details.closest<HTMLElement>('.esxi-share')!;
  const code = details.querySelector('textarea');
  if (code) {
    code.value = code.value.replace(details.dataset.origin!, location.origin);
    details.querySelector<HTMLElement>(`[data-share-copy="${code.id}"]`)!.hidden = false;
  }
  const part = details.querySelector<HTMLElement>('[data-share-link]')!;
  const field = part.querySelector('input')!;
  const widget = share.previousElementSibling?.closest('[lab][preset]') ?? document.querySelector(`[lab="${share.dataset.lab}"][preset]`);
  const link = await labLink(location.href, share.dataset.lab!, widget?.getAttribute('preset') ?? '', share.dataset.host ?? widget?.getAttribute('host') ?? 'esx01');
  const long = part.querySelector<HTMLElement>('[data-share-long]')!;
  long.hidden = !('tooLong' in link);
  long.textContent = 'tooLong' in link ? T.tooLong(link.tooLong, MAX_LINK_LENGTH) : '';
  field.value = 'url' in link ? link.url : link.fresh;
  part.hidden = false;
}

async function copy(button: HTMLButtonElement) {
  const field = document.getElementById(button.dataset.shareCopy!) as HTMLInputElement | HTMLTextAreaElement;
  const details = button.closest<HTMLDetailsElement>('.esxi-share__details')!;
  // The lab may have moved on since the control opened: the link copied is the lab as it is now.
  if (field instanceof HTMLInputElement) await fill(details);
  const status = button.parentElement!.querySelector('[data-share-status]')!;
  const select = () => {
    field.focus();
    field.select();
    status.textContent = details.dataset.selected!;
  };
  status.textContent = '';
  if (!navigator.clipboard) return select();
  navigator.clipboard.writeText(field.value).then(() => (status.textContent = details.dataset.copied!), select);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('.esxi-share [data-share-copy]');
  if (button) void copy(button);
});

// Escape closes an open control and gives the focus back to its summary.
document.addEventListener('keydown', (event) => {
  const details = (event.target as Element).closest?.<HTMLDetailsElement>('.esxi-share__details[open]');
  if (event.key !== 'Escape' || !details) return;
  details.open = false;
  details.querySelector('summary')!.focus();
});
