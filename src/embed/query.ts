/**
 * The query parameters a trainer may add to an embed page's URL. Every value is vetted: an
 * unknown parameter or a malformed value becomes a sentence for the page (set as text, never
 * HTML) and the default applies, so a typo never breaks an embedded widget.
 */

export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  /** The host to show; null: the page's default. */
  host: string | null;
  /** The colour scheme; null: follow the reader's system (prefers-color-scheme). */
  theme: Theme | null;
  /** One sentence per parameter that was ignored, for the page. */
  messages: string[];
}

/** A value as it may be quoted back: printable, at most 40 characters. */
const quote = (value: string) => {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
};

const list = (values: readonly string[]) => values.join(', ');

/**
 * Reads `?host=` and `?theme=` from a query string. `hosts` are the hosts this page can show
 * (the first is the default); an empty list means the page offers no choice of host.
 */
export function parseEmbedQuery(search: string, hosts: readonly string[]): EmbedOptions {
  const options: EmbedOptions = { host: null, theme: null, messages: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...options, messages: ['The address has a malformed query; the defaults apply.'] };
  }
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) {
      options.messages.push(`The parameter ${quote(name)} is given more than once; only the first counts.`);
      continue;
    }
    seen.add(name);
    if (name === 'host') {
      if (hosts.length === 0) options.messages.push(`This page shows fixed hosts, so host=${quote(value)} is ignored.`);
      else if (hosts.includes(value)) options.host = value;
      else options.messages.push(`host=${quote(value)} is not a host this widget can show here (${list(hosts)}); showing ${hosts[0]}.`);
    } else if (name === 'theme') {
      if ((THEMES as readonly string[]).includes(value)) options.theme = value as Theme;
      else options.messages.push(`theme=${quote(value)} is not a theme (${list(THEMES)}); following your system's setting.`);
    } else {
      options.messages.push(`The parameter ${quote(name)} is not known here (known: host, theme); it is ignored.`);
    }
  }
  return options;
}

/** The theme to use: the chosen one, else the system's. */
export const themeFor = (chosen: Theme | null, systemPrefersLight: boolean): Theme => chosen ?? (systemPrefersLight ? 'light' : 'dark');
