/**
 * A busybox-ash subset: words with quotes and escapes, `$` variables, `;`, `&&`, `||`,
 * pipes and redirections. Parsing never throws: bad input is a ParseError value.
 */

/** A piece of a word; `$name` pieces are expanded when the command runs, so `$?` is current. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean };

export type Word = WordPart[];

export interface Redirect {
  fd: 0 | 1 | 2;
  mode: 'read' | 'write' | 'append' | 'dup-stdout';
  target: Word;
}

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

export type Pipeline = SimpleCommand[];

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type Script = AndOr[];

export type ParseResult = { ok: true; script: Script } | { ok: false; error: string };

type Token =
  | { type: 'word'; word: Word }
  | { type: 'op'; op: ';' | '&&' | '||' | '|' | '&' }
  | { type: 'redirect'; fd: 0 | 1 | 2; mode: Redirect['mode'] };

const syntaxError = (near: string) => `syntax error: unexpected ${near === 'end of file' ? near : `"${near}"`}`;

export function parseLine(line: string): ParseResult {
  const tokens = tokenize(line);
  if (!Array.isArray(tokens)) return tokens;
  return parseTokens(tokens);
}

function tokenize(line: string): Token[] | { ok: false; error: string } {
  const tokens: Token[] = [];
  let i = 0;
  let parts: WordPart[] | null = null;
  const pushText = (text: string, quoted: boolean) => {
    parts ??= [];
    const last = parts[parts.length - 1];
    if (last && last.kind === 'text' && last.quoted === quoted) last.text += text;
    else parts.push({ kind: 'text', text, quoted });
  };
  const endWord = () => {
    if (parts) tokens.push({ type: 'word', word: parts });
    parts = null;
  };
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') { endWord(); i++; continue; }
    if (ch === '#' && parts === null) break;
    if (ch === '\\') { pushText(line[i + 1] ?? '', true); i += 2; continue; }
    if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: 'syntax error: unterminated quoted string' };
      pushText(line.slice(i + 1, close), true);
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      const end = readDoubleQuoted(line, i + 1, (text) => pushText(text, true), (name) => { parts ??= []; parts.push({ kind: 'var', name, quoted: true }); });
      if (end < 0) return { ok: false, error: 'syntax error: unterminated quoted string' };
      i = end + 1;
      continue;
    }
    if (ch === '$') {
      const variable = readVariable(line, i + 1);
      if (variable) { parts ??= []; parts.push({ kind: 'var', name: variable.name, quoted: false }); i = variable.end; continue; }
      pushText('$', false); i++; continue;
    }
    const operator = readOperator(line, i, parts === null);
    if (operator) { endWord(); tokens.push(operator.token); i = operator.end; continue; }
    pushText(ch, false);
    i++;
  }
  endWord();
  return tokens;
}

function readDoubleQuoted(line: string, start: number, text: (t: string) => void, variable: (name: string) => void): number {
  let i = start;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '"') return i;
    if (ch === '\\' && i + 1 < line.length && '$`"\\'.includes(line[i + 1]!)) { text(line[i + 1]!); i += 2; continue; }
    if (ch === '$') {
      const found = readVariable(line, i + 1);
      if (found) { variable(found.name); i = found.end; continue; }
    }
    text(ch);
    i++;
  }
  return -1;
}

function readVariable(line: string, start: number): { name: string; end: number } | null {
  const ch = line[start];
  if (ch === undefined) return null;
  if ('?$#0!'.includes(ch)) return { name: ch, end: start + 1 };
  if (ch === '{') {
    const close = line.indexOf('}', start);
    const name = close < 0 ? '' : line.slice(start + 1, close);
    return /^[A-Za-z_][A-Za-z0-9_]*$|^[?$#]$/.test(name) ? { name, end: close + 1 } : null;
  }
  const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(start));
  return match ? { name: match[0], end: start + match[0].length } : null;
}

function readOperator(line: string, i: number, atWordStart: boolean): { token: Token; end: number } | null {
  const two = line.slice(i, i + 2);
  const three = line.slice(i, i + 4);
  if (two === '&&' || two === '||') return { token: { type: 'op', op: two }, end: i + 2 };
  if (three === '2>&1' && atWordStart) return { token: { type: 'redirect', fd: 2, mode: 'dup-stdout' }, end: i + 4 };
  if (atWordStart && (line.slice(i, i + 3) === '2>>')) return { token: { type: 'redirect', fd: 2, mode: 'append' }, end: i + 3 };
  if (atWordStart && two === '2>') return { token: { type: 'redirect', fd: 2, mode: 'write' }, end: i + 2 };
  if (two === '>>') return { token: { type: 'redirect', fd: 1, mode: 'append' }, end: i + 2 };
  const ch = line[i]!;
  if (ch === '>') return { token: { type: 'redirect', fd: 1, mode: 'write' }, end: i + 1 };
  if (ch === '<') return { token: { type: 'redirect', fd: 0, mode: 'read' }, end: i + 1 };
  if (ch === ';' || ch === '|' || ch === '&') return { token: { type: 'op', op: ch }, end: i + 1 };
  return null;
}

function parseTokens(tokens: Token[]): ParseResult {
  const script: Script = [];
  let pos = 0;
  const describe = (token: Token | undefined) => (token === undefined ? 'end of file' : token.type === 'op' ? token.op : token.type === 'redirect' ? (token.mode === 'append' ? '>>' : token.mode === 'read' ? '<' : '>') : 'word');

  const parseCommand = (): SimpleCommand | string => {
    const command: SimpleCommand = { words: [], redirects: [] };
    while (pos < tokens.length) {
      const token = tokens[pos]!;
      if (token.type === 'op') break;
      pos++;
      if (token.type === 'word') { command.words.push(token.word); continue; }
      if (token.mode === 'dup-stdout') { command.redirects.push({ fd: 2, mode: 'dup-stdout', target: [] }); continue; }
      const target = tokens[pos];
      if (!target || target.type !== 'word') return syntaxError(describe(target));
      pos++;
      command.redirects.push({ fd: token.fd, mode: token.mode, target: target.word });
    }
    if (command.words.length === 0 && command.redirects.length === 0) return syntaxError(describe(tokens[pos]));
    return command;
  };

  const parsePipeline = (): Pipeline | string => {
    const pipeline: Pipeline = [];
    for (;;) {
      const command = parseCommand();
      if (typeof command === 'string') return command;
      pipeline.push(command);
      const next = tokens[pos];
      if (next?.type === 'op' && next.op === '|') { pos++; continue; }
      return pipeline;
    }
  };

  while (pos < tokens.length) {
    const first = parsePipeline();
    if (typeof first === 'string') return { ok: false, error: first };
    const andOr: AndOr = { first, rest: [] };
    for (;;) {
      const next = tokens[pos];
      if (next?.type === 'op' && (next.op === '&&' || next.op === '||')) {
        pos++;
        const pipeline = parsePipeline();
        if (typeof pipeline === 'string') return { ok: false, error: pipeline };
        andOr.rest.push({ op: next.op, pipeline });
        continue;
      }
      break;
    }
    script.push(andOr);
    const separator = tokens[pos];
    if (separator === undefined) break;
    if (separator.type === 'op' && separator.op === '&') return { ok: false, error: 'background jobs (&) are not simulated in this lab' };
    if (separator.type === 'op' && separator.op === ';') { pos++; continue; }
    return { ok: false, error: syntaxError(describe(separator)) };
  }
  return { ok: true, script };
}
