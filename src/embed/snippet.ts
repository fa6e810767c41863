/**
 * The HTML a trainer pastes to embed a widget, and the few lines that let their page follow the
 * embed's height (the embed page posts `{ type: 'esxi-embed:height', height }` to its parent).
 */
const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedSnippet(url: string, what: string): string {
  return `<iframe src="${attr(url)}" title="${attr(`${what}, from Inside ESXi 4.1`)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}

/** Five lines for the host page: every embed on it takes the height its page reports. */
export const AUTO_HEIGHT_SNIPPET = `<script>
addEventListener('message', (event) => {
  if (event.data?.type !== 'esxi-embed:height') return;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
});
</script>`;
