/**
 * Where the exam's results point: a chapter page, or the heading in it that teaches a question,
 * under the site's base path (`import.meta.env.BASE_URL`: `/`, or `/docs/` where the site is
 * deployed under a sub-path, with or without its final slash).
 */

/** `path` (no leading slash) under `base`. */
export function underBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root.startsWith('/') ? root : `/${root}`}${path.replace(/^\/+/, '')}`;
}

/** `<base>/<chapter>/#<section>`, or the chapter page when no section is known. */
export function chapterHref(base: string, chapter: string, section?: string): string {
  const page = underBase(base, `${encodeURIComponent(chapter)}/`);
  return section ? `${page}#${encodeURIComponent(section)}` : page;
}
