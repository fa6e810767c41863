/// <reference types="node" />
/**
 * How many bytes a built page's own HTML weighs, gzip-compressed (node:zlib, level 9), as a
 * reader downloads it: the page alone, without its scripts, styles or fetched data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `page` is a URL path such as `/exam/`; its file is `<dist>/exam/index.html`. */
export function pageHtmlGzipBytes(dist: string, page: string): number {
  const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
  if (!existsSync(file)) throw new Error(`no built page ${page} (${file}): run astro build first`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The practice exam's page, whose questions must stay out of its HTML. */
export const EXAM_PAGE = '/exam/';
