import type { HostState } from '../lab/types';
import { MAX_LINE_LENGTH } from './limits';
import { resolvePath } from '../vfs/path';
import { lookup } from '../vfs/tree';
import { ESXI41_COMMANDS } from './catalogue';

/**
 * Tab completion as busybox ash's line editor does it (lineedit.c, the 1.x of an ESXi 4.1
 * host): the word before the cursor is completed from the commands on the PATH when it is the
 * first word of a command, else from the file system; a unique match is written out, with `/`
 * after a directory and a space after anything else; several matches add their common prefix,
 * and a second Tab lists them below the line (the caller keeps count of Tabs). Pure: the host's
 * state in, a line out; any text at all comes back as a completion, never an exception.
 */
export interface Completion {
  /** The line with the completion written in (the same line when there is nothing to add). */
  line: string;
  /** Where the cursor stands afterwards: just after what was added. */
  cursor: number;
  /** Every match, as the listing shows them (a directory with `/`), sorted. */
  matches: string[];
}

/** What ash escapes with a backslash in a completed name (lineedit's add_quote_for_spec_chars). */
const SPECIAL = ' `"#$%^&*()=+{}[]:;\'|\\<>';
/** Characters that end a word for completion: blanks, redirections, pipes, lists. */
const WORD_END = ' \t<>|&;()`';
/** Characters after which a new command starts, so its first word is a command name. */
const COMMAND_START = '|&;()`';

interface Word {
  /** The word as the shell reads it: quotes and backslashes removed. */
  text: string;
  /** The quote left open in it (`'` or `"`), if any: completions then go inside it, unescaped. */
  openQuote: '' | "'" | '"';
  /** The first word of a command (complete a command name), the word after `cd` (directories), or any other (paths). */
  position: 'command' | 'cd' | 'argument';
  /** The text ends in a lone backslash: what follows it is not known, so nothing is added. */
  dangling: boolean;
}

/** Reads the text before the cursor as ash's find_match does: quotes, escapes, command separators. */
function currentWord(before: string): Word {
  let start = 0;
  let text = '';
  let quote: Word['openQuote'] = '';
  let wordsInCommand = 0;
  let firstWord = '';
  let afterRedirect = false;
  const endWord = (index: number) => {
    if (index > start) {
      if (!afterRedirect) {
        if (wordsInCommand === 0) firstWord = text;
        wordsInCommand++;
      }
      afterRedirect = false;
    }
    start = index + 1;
    text = '';
  };
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote !== '') {
      if (ch === quote) quote = '';
      else if (quote === '"' && ch === '\\') {
        if (i + 1 === before.length) return { text, openQuote: quote, position: 'argument', dangling: true };
        text += before[++i];
      } else text += ch;
    } else if (ch === '\\') {
      if (i + 1 < before.length) text += before[++i];
      else return { text, openQuote: quote, position: 'argument', dangling: true };
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (WORD_END.includes(ch)) {
      endWord(i);
      if (COMMAND_START.includes(ch)) {
        wordsInCommand = 0;
        firstWord = '';
      }
      if (ch === '<' || ch === '>') afterRedirect = true;
    } else {
      text += ch;
    }
  }
  const position = afterRedirect ? 'argument' : wordsInCommand === 0 ? 'command' : wordsInCommand === 1 && firstWord === 'cd' ? 'cd' : 'argument';
  return { text, openQuote: quote, position, dangling: false };
}

/** The names a first word completes to: every command the lab's kits have and every other command of a 4.1 host. */
function commandMatches(prefix: string, commands: readonly string[]): string[] {
  const names = new Set([...ESXI41_COMMANDS, ...commands].filter((name) => !name.includes('/') && name.startsWith(prefix)));
  return [...names];
}

/** Entries of the directory a path's last `/` names whose name starts with what follows it (a directory ends in `/`). */
function pathMatches(host: HostState, word: string, directoriesOnly: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dirText = word.slice(0, slash + 1);
  const prefix = word.slice(slash + 1);
  // root's home is / on an ESXi host, which is what ~ means here.
  const dirPath = dirText === '' ? host.shell.cwd : resolvePath(host.shell.cwd, dirText.replace(/^~(?=\/)/, ''));
  const dir = lookup(host.vfs.root, dirPath);
  if (!dir.ok || dir.node.kind !== 'dir') return [];
  const matches: string[] = [];
  for (const name of Object.keys(dir.node.entries)) {
    if (!name.startsWith(prefix)) continue;
    // As ash, a bare Tab does not offer hidden names.
    if (prefix === '' && name.startsWith('.')) continue;
    const target = lookup(host.vfs.root, resolvePath(dir.path, name));
    const isDir = target.ok && target.node.kind === 'dir';
    if (directoriesOnly && !isDir) continue;
    matches.push(isDir ? `${name}/` : name);
  }
  return matches;
}

const escapeFor = (text: string, openQuote: Word['openQuote']): string =>
  openQuote === '' ? [...text].map((ch) => (SPECIAL.includes(ch) ? `\\${ch}` : ch)).join('') : openQuote === '"' ? text.replace(/["\\$`]/g, '\\$&') : text.replace(/'/g, "'\\''");

function commonPrefix(names: readonly string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Completes the word before `cursor` in `line` on `host`. `commands` are the names the lab's
 * kits simulate (the sim's commandNames, loaded or not); 4.1's other commands are added here.
 */
export function complete(host: HostState, line: string, cursor: number, commands: readonly string[]): Completion {
  const at = Math.max(0, Math.min(Number.isInteger(cursor) ? cursor : line.length, line.length));
  const before = line.slice(0, at);
  const word = currentWord(before);
  if (word.dangling) return { line, cursor: at, matches: [] };
  const byPath = word.position !== 'command' || word.text.includes('/');
  const names = byPath ? pathMatches(host, word.text, word.position === 'cd') : commandMatches(word.text, commands);
  const matches = names.sort();
  const unchanged: Completion = { line, cursor: at, matches };
  if (matches.length === 0) return unchanged;
  // What is written is always what the word lacks: the text typed stays as typed.
  const dirText = byPath ? word.text.slice(0, word.text.lastIndexOf('/') + 1) : '';
  const typed = word.text.slice(dirText.length);
  const unique = matches.length === 1 ? matches[0]! : undefined;
  const whole = unique ?? commonPrefix(matches);
  let added = escapeFor(whole.slice(typed.length), word.openQuote);
  if (unique !== undefined && !unique.endsWith('/')) added += `${word.openQuote} `;
  if (added === '' || line.length + added.length > MAX_LINE_LENGTH) return unchanged;
  return { line: before + added + line.slice(at), cursor: at + added.length, matches };
}

/** The matches in columns filled top to bottom, as lineedit's showfiles prints them on an 80-column terminal. */
export function listMatches(matches: readonly string[], width = 80): string[] {
  if (matches.length === 0) return [];
  const column = Math.max(...matches.map((name) => name.length)) + 2;
  const columns = Math.max(1, Math.floor(width / column));
  const rows = Math.ceil(matches.length / columns);
  const out: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < columns; col++) {
      const name = matches[col * rows + row];
      if (name !== undefined) cells.push(name);
    }
    out.push(cells.map((cell, index) => (index < cells.length - 1 ? cell.padEnd(column) : cell)).join(''));
  }
  return out;
}
