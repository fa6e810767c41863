/**
 * POSIX regular expressions (basic for plain grep, extended for -E) turned into JavaScript
 * RegExp sources. The result is compiled by the caller; a bad pattern is an error value.
 */
export type Converted = { ok: true; source: string } | { ok: false; reason: string };

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

/** A bracket expression from `[` at `start`: returns the JS class and where it ends. */
function bracket(pattern: string, start: number): { text: string; end: number } | null {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') { out += '^'; i++; }
  if (pattern[i] === ']') { out += '\\]'; i++; }
  for (; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === ']') return { text: `${out}]`, end: i };
    const named = /^\[:([a-z]+):\]/.exec(pattern.slice(i));
    if (named && CLASSES[named[1]!] !== undefined) { out += CLASSES[named[1]!]; i += named[0].length - 1; continue; }
    out += ch === '\\' || ch === '[' ? `\\${ch}` : ch;
  }
  return null;
}

const BRE_ESCAPES: Record<string, string> = { '(': '(', ')': ')', '{': '{', '}': '}', '|': '|', '+': '+', '?': '?', '<': '\\b', '>': '\\b' };

/** Basic (`extended` false) or extended POSIX syntax to a JS source. */
export function convertRegex(pattern: string, extended: boolean): Converted {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const atStart = out === '' || out.endsWith('(') || out.endsWith('|');
    if (ch === '[') {
      const cls = bracket(pattern, i);
      if (!cls) return { ok: false, reason: 'Unmatched [ or [^' };
      out += cls.text;
      i = cls.end;
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return { ok: false, reason: 'Trailing backslash' };
      i++;
      if (!extended && BRE_ESCAPES[next] !== undefined) out += BRE_ESCAPES[next];
      else if (extended && (next === '<' || next === '>')) out += '\\b';
      else out += `\\${next}`;
    } else if (!extended && '(){}|+?'.includes(ch)) {
      out += `\\${ch}`;
    } else if (!extended && ch === '*' && atStart) {
      out += '\\*';
    } else if (!extended && ch === '^' && !atStart) {
      out += '\\^';
    } else if (!extended && ch === '$' && i < pattern.length - 1 && !pattern.startsWith('\\)', i + 1)) {
      out += '\\$';
    } else if (ch === '/') {
      out += '\\/';
    } else {
      out += ch;
    }
  }
  return { ok: true, source: out };
}

export const escapeFixed = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface MatchOptions {
  fixed: boolean;
  extended: boolean;
  ignoreCase: boolean;
  word: boolean;
  line: boolean;
}

/** Every pattern (one per -e, or per line of a pattern) joined into one RegExp; or why it cannot be. */
export function compilePatterns(patterns: readonly string[], opts: MatchOptions): { ok: true; regex: RegExp } | { ok: false; pattern: string; reason: string } {
  const sources: string[] = [];
  for (const pattern of patterns.flatMap((p) => p.split('\n'))) {
    const converted: Converted = opts.fixed ? { ok: true, source: escapeFixed(pattern) } : convertRegex(pattern, opts.extended);
    if (!converted.ok) return { ok: false, pattern, reason: converted.reason };
    sources.push(`(?:${converted.source})`);
  }
  let source = sources.join('|');
  if (opts.word) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (opts.line) source = `^(?:${source})$`;
  try {
    return { ok: true, regex: new RegExp(source, opts.ignoreCase ? 'i' : '') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, pattern: patterns.join('\n'), reason: message.slice(message.lastIndexOf(': ') + 2) };
  }
}
