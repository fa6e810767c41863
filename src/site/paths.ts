/**
 * Where the site is served: at the root of a host by default, or under a sub-path when built
 * with BASE_PATH (astro.config.mjs), e.g. https://example.org/inside-esxi/. Every link, asset
 * and snippet the site writes goes through `sitePath`, so one build works at the root or below it.
 */

/** The base path with exactly one trailing slash: `/` or `/inside-esxi/`. */
export const normalizeBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A path within the site (`/boot-process/`, `/embed/#auto-height`) as served under `base`. */
export const withBase = (base: string, path: string): string => normalizeBase(base) + path.replace(/^\/+/, '');

/** A path within this build's site, as served: `/embed/` becomes `/inside-esxi/embed/` under that base. */
export const sitePath = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/**
 * The origin embed snippets name (`https://training.example.org`): astro.config.mjs always sets
 * `site` (SITE_URL, else the address `npm start` serves), so a missing one is a broken config.
 */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the embed snippets need an origin');
  return site.origin;
}
