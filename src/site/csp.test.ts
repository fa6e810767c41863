import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withCsp } from './csp.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const themeScript = "\n  document.documentElement.dataset.theme = 'dark';\n";
const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>${themeScript}</script>` +
  '<script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script></head>' +
  `<body><script type="module">console.log("é")</script><script>${themeScript}</script></body></html>`;

describe('the Content-Security-Policy of a built page', () => {
  it('allows each inline script by the hash of its exact text, once, and no external or data script', () => {
    expect(inlineScriptHashes(page)).toEqual([sha256(themeScript), sha256('console.log("é")')]);
  });

  it('allows no inline script without its hash and no eval', () => {
    const policy = policyFor([]);
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src'))!;
    expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
  });

  it('goes right after <meta charset>, before every script, and replaces an older one', () => {
    const once = withCsp(page);
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('<meta charset="utf-8">')).toBeLessThan(once.indexOf('http-equiv'));
    expect(once).toContain(sha256(themeScript));
    const twice = withCsp(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toBe(once);
  });
});
