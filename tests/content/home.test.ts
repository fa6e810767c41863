import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/chapters.mjs';

const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!);

describe('the home page', () => {
  it('its main button opens the first chapter and names it', () => {
    const [first] = chapters;
    const [action] = frontmatter('content/docs/index.mdx').hero.actions;
    expect(action.link).toBe(`${first!.slug}/`);
    expect(action.text.toLowerCase()).toContain(first!.title.toLowerCase());
  });
});
