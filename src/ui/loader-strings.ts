/**
 * The two sentences the page's loader itself may show (a widget that could not start), apart
 * from the site's other labels (strings.ts, which re-exports them) so that opening a page does
 * not fetch every label of every widget.
 */
export const LOADER_TEXT = {
  widgetError: 'This widget could not start',
  runtimeFailed: 'its code did not load (is the connection down?). Reload the page to try again; your progress is kept.',
} as const;
