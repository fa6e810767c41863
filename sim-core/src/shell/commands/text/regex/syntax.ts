/**
 * POSIX regular expressions as busybox grep reads them: basic (BRE, plain grep) and extended
 * (ERE, grep -E), with the GNU extensions the C library adds (`\+ \? \|` in BRE, `\< \> \b \B
 * \w \W \s \S`). The result is a tree the matcher runs without backtracking.
 */
import { REGEX_ERROR } from '../messages';
import { parseBracket, type CharTest } from './bracket';

export type Assertion = 'lineStart' | 'lineEnd' | 'wordStart' | 'wordEnd' | 'wordBoundary' | 'notWordBoundary' | 'notAfterWord' | 'notBeforeWord';

export type RegexNode =
  | { kind: 'char'; test: CharTest }
  | { kind: 'assert'; what: Assertion }
  | { kind: 'concat'; items: RegexNode[] }
  | { kind: 'alternation'; items: RegexNode[] }
  | { kind: 'repeat'; item: RegexNode; min: number; max: number };

export type Parsed = { ok: true; node: RegexNode } | { ok: false; reason: string };

/** POSIX's RE_DUP_MAX: the largest count an interval may name. */
export const MAX_REPEAT = 255;

const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isSpaceCode = (code: number) => code === 32 || (code >= 9 && code <= 13);
const literal = (ch: string): RegexNode => { const code = ch.charCodeAt(0); return { kind: 'char', test: (c) => c === code }; };
const EMPTY: RegexNode = { kind: 'concat', items: [] };

/** Escapes both syntaxes share: word assertions and the GNU classes. */
const SHARED_ESCAPES: Record<string, RegexNode> = {
  '<': { kind: 'assert', what: 'wordStart' },
  '>': { kind: 'assert', what: 'wordEnd' },
  b: { kind: 'assert', what: 'wordBoundary' },
  B: { kind: 'assert', what: 'notWordBoundary' },
  w: { kind: 'char', test: isWordCode },
  W: { kind: 'char', test: (c) => !isWordCode(c) },
  s: { kind: 'char', test: isSpaceCode },
  S: { kind: 'char', test: (c) => !isSpaceCode(c) },
};

class Failure { constructor(readonly reason: string) {} }

export function parseRegex(pattern: string, extended: boolean): Parsed {
  try {
    const parser = new Parser(pattern, extended);
    const node = parser.alternation(0);
    if (parser.pos < pattern.length) throw new Failure(REGEX_ERROR.unmatchedCloseParen);
    return { ok: true, node };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, reason: error.reason };
    throw error;
  }
}

export const isWordChar = isWordCode;

class Parser {
  pos = 0;
  constructor(private readonly src: string, private readonly extended: boolean) {}

  /** Branches separated by `|` (ERE) or `\|` (BRE), up to the end or the group's close. */
  alternation(depth: number): RegexNode {
    const branches = [this.branch(depth)];
    while (this.atAlternative()) {
      this.pos += this.extended ? 1 : 2;
      branches.push(this.branch(depth));
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alternation', items: branches };
  }

  private atAlternative() {
    return this.extended ? this.src[this.pos] === '|' : this.src.startsWith('\\|', this.pos);
  }

  private atGroupClose() {
    return this.extended ? this.src[this.pos] === ')' : this.src.startsWith('\\)', this.pos);
  }

  private branch(depth: number): RegexNode {
    const items: RegexNode[] = [];
    const start = this.pos;
    while (this.pos < this.src.length && !this.atAlternative()) {
      if (this.atGroupClose()) {
        if (depth > 0) break;
        // An ERE `)` with no group open: the C library refuses it; in BRE `\)` alone likewise.
        throw new Failure(REGEX_ERROR.unmatchedCloseParen);
      }
      const atom = this.atom(depth, this.pos === start);
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { kind: 'concat', items };
  }

  /** One atom; `first` says it opens its branch, where BRE reads `*` and `^` differently. */
  private atom(depth: number, first: boolean): RegexNode {
    const ch = this.src[this.pos]!;
    if (ch === '[') {
      const bracket = parseBracket(this.src, this.pos);
      if ('reason' in bracket) throw new Failure(bracket.reason);
      this.pos = bracket.end + 1;
      return { kind: 'char', test: bracket.test };
    }
    if (ch === '\\') return this.escape(depth);
    this.pos++;
    if (ch === '.') return { kind: 'char', test: (c) => c !== 10 };
    if (ch === '^' && (this.extended || first)) return { kind: 'assert', what: 'lineStart' };
    if (ch === '$' && (this.extended || this.atBranchEnd())) return { kind: 'assert', what: 'lineEnd' };
    if (this.extended && ch === '(') return this.group(depth, 1);
    // A quantifier with nothing before it is an ordinary character (BRE's leading `*`, and GNU's ERE).
    return literal(ch);
  }

  private atBranchEnd() {
    return this.pos === this.src.length || this.atAlternative() || this.atGroupClose();
  }

  private escape(depth: number): RegexNode {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Failure(REGEX_ERROR.trailingBackslash);
    this.pos += 2;
    if (!this.extended && next === '(') return this.group(depth, 2);
    if (next >= '1' && next <= '9') throw new Failure(REGEX_ERROR.backReference);
    return SHARED_ESCAPES[next] ?? literal(next);
  }

  private group(depth: number, closeLength: number): RegexNode {
    const inner = this.pos < this.src.length && this.atGroupClose() ? EMPTY : this.alternation(depth + 1);
    if (!this.atGroupClose()) throw new Failure(REGEX_ERROR.unmatchedParen);
    this.pos += closeLength;
    return inner;
  }

  /** `*`, and `+ ? {m,n}` (ERE) or `\+ \? \{m,n\}` (BRE), as many as follow. */
  private quantified(atom: RegexNode): RegexNode {
    // BRE's `^*` is a line starting with a star.
    if (!this.extended && atom.kind === 'assert' && atom.what === 'lineStart') return atom;
    let node = atom;
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === '*') { this.pos++; node = { kind: 'repeat', item: node, min: 0, max: Infinity }; continue; }
      const marker = this.extended ? ch : ch === '\\' ? this.src[this.pos + 1] : undefined;
      const width = this.extended ? 1 : 2;
      if (marker === '+') { this.pos += width; node = { kind: 'repeat', item: node, min: 1, max: Infinity }; continue; }
      if (marker === '?') { this.pos += width; node = { kind: 'repeat', item: node, min: 0, max: 1 }; continue; }
      if (marker === '{' && (!this.extended || /^\{(\d|,\d)/.test(this.src.slice(this.pos)))) {
        this.pos += width;
        const { min, max } = this.interval();
        node = { kind: 'repeat', item: node, min, max };
        continue;
      }
      return node;
    }
  }

  /** The inside of `{m}`, `{m,}`, `{m,n}` or `{,n}`, and its close. */
  private interval(): { min: number; max: number } {
    const close = this.extended ? '}' : '\\}';
    const end = this.src.indexOf(close, this.pos);
    if (end < 0) throw new Failure(REGEX_ERROR.unmatchedBrace);
    const body = this.src.slice(this.pos, end);
    this.pos = end + close.length;
    const match = /^(\d*)(,(\d*))?$/.exec(body);
    if (!match || (match[1] === '' && match[3] === undefined)) throw new Failure(REGEX_ERROR.badBrace);
    const min = match[1] === '' ? 0 : Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new Failure(REGEX_ERROR.tooBig);
    if (max < min) throw new Failure(REGEX_ERROR.badBrace);
    return { min, max };
  }
}
