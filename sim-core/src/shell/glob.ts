/**
 * Glob patterns (`*`, `?`, backslash escapes) matched in time proportional to the pattern
 * times the name, never more: a run of `*` is one star, and a failed match only ever goes
 * back to the last star (the classic wildcard walk), so `************x` cannot backtrack
 * exponentially as a regular expression built from `.*` does.
 */
export type GlobToken = { kind: 'star' } | { kind: 'any' } | { kind: 'char'; ch: string };

/** The tokens of one path segment, or null when it has no unescaped `*` or `?` (a plain name). */
export function globTokens(segment: string): GlobToken[] | null {
  const tokens: GlobToken[] = [];
  let wild = false;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\') { tokens.push({ kind: 'char', ch: segment[i + 1] ?? '' }); i++; continue; }
    if (ch === '*') { wild = true; if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' }); continue; }
    if (ch === '?') { wild = true; tokens.push({ kind: 'any' }); continue; }
    tokens.push({ kind: 'char', ch });
  }
  return wild ? tokens : null;
}

/** Whether `name` matches the whole pattern. */
export function globMatch(tokens: readonly GlobToken[], name: string): boolean {
  let p = 0;
  let s = 0;
  let starAt = -1;
  let starName = 0;
  while (s < name.length) {
    const token = tokens[p];
    if (token && (token.kind === 'any' || (token.kind === 'char' && token.ch === name[s]))) { p++; s++; continue; }
    if (token?.kind === 'star') { starAt = p++; starName = s; continue; }
    if (starAt < 0) return false;
    // Let the last star take one more character and try again from just after it.
    p = starAt + 1;
    s = ++starName;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}
