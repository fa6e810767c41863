/** The embed pages' and the "Embed" disclosure's own words. */
export const EMBED_TEXT = {
  site: 'Inside ESXi 4.1',
  from: 'From Inside ESXi 4.1: ',
  readChapter: (title: string) => `read the chapter “${title}”`,
  newTab: ' (opens in a new tab)',
  notSaved: 'This browser does not let the embedded page save progress, so it is kept only until the page is left.',
  summary: 'Embed',
  summaryFor: (what: string) => ` ${what} in your page`,
  codeLabel: 'HTML to paste where the widget should appear',
  copy: 'Copy code',
  copied: 'Copied.',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  open: 'Open the embed page',
  howTo: 'Auto-height and options',
  iframeTitle: (what: string) => `${what}, from Inside ESXi 4.1`,
} as const;
