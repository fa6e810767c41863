/**
 * The "Embed" disclosures' only script: when one opens, its code names this site's address
 * and its copy button appears; the button copies, or selects the code where the clipboard is
 * refused. One pair of listeners for the page, whatever the number of disclosures. Its words
 * come in the disclosure's data attributes, so no strings module ships with every chapter.
 */
const disclosure = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLDetailsElement>('details.esxi-embed-code') : null);

document.addEventListener('toggle', (event) => {
  const details = disclosure(event.target);
  if (!details?.open) return;
  const code = details.querySelector('textarea')!;
  code.value = code.value.replace(details.dataset.origin!, location.origin);
  details.querySelector<HTMLElement>('[data-embed-copy]')!.hidden = false;
}, true);

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.('[data-embed-copy]');
  const details = disclosure(button ?? null);
  if (!button || !details) return;
  const code = details.querySelector('textarea')!;
  const status = details.querySelector('[data-embed-status]')!;
  const select = () => {
    code.focus();
    code.select();
    status.textContent = details.dataset.selected!;
  };
  if (!navigator.clipboard) return select();
  navigator.clipboard.writeText(code.value).then(() => (status.textContent = details.dataset.copied!), select);
});
