import type { HostState } from '../lab/types';
import { lookup } from '../vfs/tree';
import { resolvePath, splitPath } from '../vfs/path';
import type { Word } from './parse';
import { globMatch, globTokens } from './glob';
import { SHELL_TEXT } from '../messages/shell';

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

/** How many words one command may expand to, and how many paths one glob may hold on its way. */
export const MAX_EXPANDED_WORDS = 4096;

export type Expanded = { ok: true; words: string[] } | { ok: false; error: string };

/** Every word of a command, expanded; past MAX_EXPANDED_WORDS the command is refused, as E2BIG refuses an exec. */
export function expandWords(words: readonly Word[], env: Record<string, string>, host: HostState): Expanded {
  const out: string[] = [];
  const listings: Listings = new Map();
  for (const word of words) {
    const expanded = expandWord(word, env, host, MAX_EXPANDED_WORDS - out.length, listings);
    if (expanded === null) return { ok: false, error: SHELL_TEXT.tooManyWords(wordText(word, env), MAX_EXPANDED_WORDS) };
    out.push(...expanded);
    if (out.length > MAX_EXPANDED_WORDS) return { ok: false, error: SHELL_TEXT.tooManyWords(wordText(word, env), MAX_EXPANDED_WORDS) };
  }
  return { ok: true, words: out };
}

const wordText = (word: Word, env: Record<string, string>) => word.map((part) => (part.kind === 'text' ? part.text : (env[part.name] ?? ''))).join('');

/**
 * Variables, then globs on unquoted `*` and `?` (a glob with no match stays as typed, as in ash).
 * Null when a glob would give more than `room` paths.
 */
export function expandWord(word: Word, env: Record<string, string>, host: HostState, room = MAX_EXPANDED_WORDS, listings: Listings = new Map()): string[] | null {
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
  const matches = glob(pattern, host, room, listings);
  if (matches === null) return null;
  return matches.length > 0 ? matches : [text];
}

/** The first word a redirection's target expands to (`> /tmp/*` writes to its first match, or to the name as typed). */
export function expandTarget(word: Word, env: Record<string, string>, host: HostState): string {
  return expandWord(word, env, host)?.[0] ?? wordText(word, env);
}

/**
 * The visible names of each directory a command's globs read, by resolved path: a pattern
 * that climbs back up with `..` again and again, or 2,000 star words, read `/` once, not once
 * per path or word.
 */
type Listings = Map<string, string[] | null>;

function listing(host: HostState, dir: string, listings: Listings): string[] | null {
  const path = resolvePath(host.shell.cwd, dir || '.');
  let names = listings.get(path);
  if (names === undefined) {
    const found = lookup(host.vfs.root, path);
    names = found.ok && found.node.kind === 'dir' ? Object.keys(found.node.entries).filter((name) => !name.startsWith('.')).sort() : null;
    listings.set(path, names);
  }
  return names;
}

/** The paths a pattern names, segment by segment; null once more than `room` paths are in play. */
function glob(pattern: string, host: HostState, room: number, listings: Listings): string[] | null {
  const absolute = pattern.startsWith('/');
  const segments = splitPath(pattern);
  let candidates = [absolute ? '/' : ''];
  for (const segment of segments) {
    const next: string[] = [];
    const tokens = globTokens(segment);
    for (const base of candidates) {
      if (!tokens) { next.push(join(base, unescape(segment))); continue; }
      const names = listing(host, base, listings);
      if (!names) continue;
      for (const name of names) if (globMatch(tokens, name)) next.push(join(base, name));
      if (next.length > room) return null;
    }
    candidates = next;
  }
  return candidates.filter((path) => lookup(host.vfs.root, resolvePath(host.shell.cwd, path), false).ok);
}

const join = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
const unescape = (segment: string) => segment.replace(/\\(.)/g, '$1');
