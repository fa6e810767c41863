/**
 * The words of the "Share or embed" control and of lab links. The server renders those the
 * control shows without JavaScript; the rest reach the browser with the code fetched when a
 * reader opens the control or a lab link, never with the page.
 */
export const SHARE_TEXT = {
  summary: 'Share or embed',
  summaryFor: (what: string) => `: ${what}`,
  fresh: 'This lab starts fresh when you reload the page.',
  needsJs: 'This lab runs in your browser and needs JavaScript: what you see here is its starting state.',
  linkLabel: 'Link to this lab, as it is now',
  copyLink: 'Copy link',
  copied: 'Copied.',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  tooLong: (length: number, limit: number) =>
    `This lab has done too much to fit in a link (${length.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}). The link below opens the page with the lab fresh.`,
  /** Followed by the reset button. */
  opened: (lines: number, actions: number) => `Opened from a link: the lab as it was shared (${count(lines, 'line typed', 'lines typed')}, ${count(actions, 'action', 'actions')}).`,
  reset: 'Reset to start fresh',
  resetDone: 'The lab is back at its start. It starts fresh when you reload the page.',
  problem: {
    damaged: 'This lab link is damaged or incomplete, so the lab starts fresh.',
    version: 'This lab link was made by another version of this site, so the lab starts fresh.',
    noLab: (id: string) => `This lab link is for a lab (“${id}”) this page does not have; every lab here starts fresh.`,
    preset: (preset: string) => `This lab link was made for another lab (“${preset}”) than this page's, so the lab starts fresh.`,
    refused: (why: string) => `This lab link no longer fits the lab (${why}), so the lab starts fresh.`,
    changed: 'This lab link no longer leads to the same lab (the site has changed since it was made), so the lab starts fresh.',
    fetch: 'The lab code this link needs could not be fetched, so the lab starts fresh. Reload to try again.',
  },
} as const;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The longest lab link the control offers: longer ones break in some mail and chat programs. */
export const MAX_LINK_LENGTH = 2000;
