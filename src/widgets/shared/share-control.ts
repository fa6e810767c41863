/**
 * The "Share or embed" controls' only script at page open: the first time a reader opens one,
 * the code that fills it in (share-panel.ts) is fetched. One listener, however many controls.
 */
document.addEventListener('toggle', (event) => {
  const details = event.target;
  if (details instanceof HTMLDetailsElement && details.open && details.matches('.esxi-share__details')) void import('./share-panel').then((panel) => panel.fill(details));
}, true);
