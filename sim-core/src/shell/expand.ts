import type { HostState } from '../lab/types';
import { lookup } from '../vfs/tree';
import { resolvePath, splitPath } from '../vfs/path';
import type { Word } from './parse';

/** The environment a TSM session starts with. */
export function shellEnv(host: HostState): Record<string, string> {
  return {
    HOME: '/',
    PWD: host.shell.cwd,
    USER: 'root',
    LOGNAME: 'root',
    SHELL: '/bin/ash',
    HOSTNAME: host.id,
    PATH: '/bin:/sbin',
    '?': String(host.shell.lastStatus),
    $: '1',
    '#': '0',
    '0': '-ash',
  };
}

/** Variables, then globs on unquoted `*` and `?` (a glob with no match stays as typed, as in ash). */
export function expandWord(word: Word, env: Record<string, string>, host: HostState): string[] {
  let text = '';
  let pattern = '';
  let hasGlob = false;
  const first = word[0];
  // An unquoted leading ~ is the home directory, which is / on ESXi.
  if (first && first.kind === 'text' && !first.quoted && (first.text === '~' || first.text.startsWith('~/'))) {
    word = [{ ...first, text: (env.HOME ?? '/') + first.text.slice(1).replace(/^\/(?=.)/, env.HOME === '/' ? '' : '/') }, ...word.slice(1)];
  }
  for (const part of word) {
    const value = part.kind === 'text' ? part.text : (env[part.name] ?? '');
    text += value;
    const globbable = part.kind === 'text' && !part.quoted;
    if (globbable && /[*?]/.test(value)) hasGlob = true;
    pattern += globbable ? value : value.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
  }
  if (!hasGlob) return [text];
  const matches = glob(pattern, host);
  return matches.length > 0 ? matches : [text];
}

function glob(pattern: string, host: HostState): string[] {
  const absolute = pattern.startsWith('/');
  const segments = splitPath(pattern);
  let candidates = [absolute ? '/' : ''];
  for (const segment of segments) {
    const next: string[] = [];
    const matcher = segmentMatcher(segment);
    for (const base of candidates) {
      if (!matcher) { next.push(join(base, unescape(segment))); continue; }
      const dir = lookup(host.vfs.root, resolvePath(host.shell.cwd, base || '.'));
      if (!dir.ok || dir.node.kind !== 'dir') continue;
      const names = Object.keys(dir.node.entries).filter((name) => !name.startsWith('.') && matcher.test(name)).sort();
      for (const name of names) next.push(join(base, name));
    }
    candidates = next;
  }
  return candidates.filter((path) => lookup(host.vfs.root, resolvePath(host.shell.cwd, path), false).ok);
}

const join = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
const unescape = (segment: string) => segment.replace(/\\(.)/g, '$1');

function segmentMatcher(segment: string): RegExp | null {
  let source = '';
  let wild = false;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\') { source += escapeRegex(segment[i + 1] ?? ''); i++; continue; }
    if (ch === '*') { source += '.*'; wild = true; continue; }
    if (ch === '?') { source += '.'; wild = true; continue; }
    source += escapeRegex(ch);
  }
  return wild ? new RegExp(`^${source}$`) : null;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
