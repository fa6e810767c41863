import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The site may be served under a path (README, "Deploy": BASE_PATH=/inside-esxi/), and a link
 * written in Markdown is not rewritten for it: `[boot process](/boot-process/)` would lead to the
 * host's root. Chapters link relatively (`../boot-process/`); code uses `sitePath()`.
 */
const DOCS = 'content/docs';

describe('links between chapters', () => {
  for (const file of readdirSync(DOCS).filter((name) => name.endsWith('.mdx'))) {
    it(`${file}: no link starts at the host's root`, () => {
      const mdx = readFileSync(join(DOCS, file), 'utf8');
      const rooted = [...mdx.matchAll(/\]\((\/[^/)][^)]*)\)|href="(\/[^/"][^"]*)"|^\s+link:\s*(\/\S*)/gm)].map((match) => match[1] ?? match[2] ?? match[3]);
      expect(rooted).toEqual([]);
    });
  }
});
