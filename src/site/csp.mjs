// @ts-check
/**
 * The site's Content-Security-Policy, as a <meta> tag in every built page (Starlight's pages and
 * the embed pages alike). Scripts: this site's files, plus the inline scripts each page still
 * has (Starlight's theme and sidebar, the embed pages' first-paint theme), allowed by the
 * sha256 of their exact text, computed here from the built HTML so no hash is kept by hand.
 *
 * Why not Astro's own `security.csp`: it hashes the scripts Astro bundles but not `is:inline`
 * ones, and Starlight's theme script is one (Astro's docs: "inline scripts are not supported
 * out of the box"); it also puts hashes into style-src, which voids 'unsafe-inline' there and
 * would block the style="" attributes Starlight and Expressive Code write.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Script types a browser runs; any other (application/json, ld+json) is data, not code. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** @param {string} attributes */
const scriptType = (attributes) => (/\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '').toLowerCase();

/** The CSP hash source of each distinct inline script the page runs, in order of appearance. */
export function inlineScriptHashes(/** @type {string} */ html) {
  const hashes = new Set();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || !EXECUTABLE.has(scriptType(attributes))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy. Styles keep 'unsafe-inline': Starlight, Expressive Code and the charts write
 * style="" attributes, which hashes cannot allow. A <meta> policy cannot set frame-ancestors,
 * so any site may still frame the embed pages, as they are meant to be.
 * 'wasm-unsafe-eval' lets search (Pagefind) compile its WebAssembly; it allows no JavaScript eval.
 */
export function policyFor(/** @type {readonly string[]} */ scriptHashes) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first thing after <meta charset> (a policy covers only what follows it). */
export function withCsp(/** @type {string} */ html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html))}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const charset = /<meta charset=[^>]*>/i.exec(withoutOld);
  if (charset) return withoutOld.replace(charset[0], charset[0] + meta);
  const head = /<head\b[^>]*>/i.exec(withoutOld);
  if (!head) throw new Error('CSP: a built page without <head>');
  return withoutOld.replace(head[0], head[0] + meta);
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function contentSecurityPolicy() {
  return {
    name: 'inside-esxi:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, withCsp(await readFile(file, 'utf8')));
          pages += 1;
        }
        logger.info(`Content-Security-Policy written into ${pages} pages.`);
      },
    },
  };
}
