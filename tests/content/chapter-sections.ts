import GithubSlugger from 'github-slugger';

/**
 * The anchor ids of a chapter's headings, as the built page has them: Astro gives every
 * Markdown heading an id with github-slugger (the package Astro itself depends on, so the
 * ids here are made the same way), from the heading's text with inline markup removed,
 * numbering repeats (`-1`, `-2`) in page order. Headings inside code fences are not headings.
 */
export function headingAnchors(mdx: string, levels: readonly number[] = [2, 3]): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of mdx.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    // Every heading takes part in numbering repeats, whatever its level.
    const slug = slugger.slug(plainText(heading[2]!));
    if (levels.includes(heading[1]!.length)) anchors.add(slug);
  }
  return anchors;
}

/** A heading's text as a reader sees it: links, code and emphasis markers removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2');
}
