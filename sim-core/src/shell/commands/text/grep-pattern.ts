/**
 * grep's patterns (basic, extended with -E, fixed with -F; -i, -w, -x) as one program for a
 * matcher that never backtracks (regex/), with a step budget over the whole input: no pattern
 * and line can hold the page for long, and a search past the budget ends with a clear message.
 */
import type { CharTest } from './regex/bracket';
import { compileProgram } from './regex/program';
import { Machine, type Span } from './regex/search';
import { parseRegex, type RegexNode } from './regex/syntax';
import { REGEX_ERROR } from './messages';

export { StepBudgetExceeded } from './regex/search';

/** Steps (instructions visited, threads tested) one grep may take over all its input: some tens of milliseconds at most. */
export const MAX_GREP_STEPS = 250_000;

export interface MatchOptions {
  fixed: boolean;
  extended: boolean;
  ignoreCase: boolean;
  word: boolean;
  line: boolean;
}

export interface Matcher {
  /** Whether the line has a match (throws StepBudgetExceeded past the budget). */
  test(line: string): boolean;
  /** Every non-empty match of the line, left to right, as -o prints them. */
  matches(line: string): string[];
}

export type Compiled = { ok: true; matcher: Matcher } | { ok: false; pattern: string; reason: string };

const literalNode = (text: string): RegexNode => ({
  kind: 'concat',
  items: [...text].map((ch) => { const code = ch.charCodeAt(0); return { kind: 'char', test: (c: number) => c === code }; }),
});

/** Every pattern (one per -e, or per line of a pattern) as alternatives of one program; or why it cannot be. */
export function compilePatterns(patterns: readonly string[], opts: MatchOptions, budget = MAX_GREP_STEPS): Compiled {
  const branches: RegexNode[] = [];
  for (const pattern of patterns.flatMap((p) => p.split('\n'))) {
    if (opts.fixed) { branches.push(literalNode(pattern)); continue; }
    const parsed = parseRegex(pattern, opts.extended);
    if (!parsed.ok) return { ok: false, pattern, reason: parsed.reason };
    branches.push(parsed.node);
  }
  let node: RegexNode = branches.length === 1 ? branches[0]! : { kind: 'alternation', items: branches };
  if (opts.ignoreCase) node = caseless(node);
  if (opts.word) node = { kind: 'concat', items: [{ kind: 'assert', what: 'notAfterWord' }, node, { kind: 'assert', what: 'notBeforeWord' }] };
  if (opts.line) node = { kind: 'concat', items: [{ kind: 'assert', what: 'lineStart' }, node, { kind: 'assert', what: 'lineEnd' }] };
  const program = compileProgram(node);
  if (!program) return { ok: false, pattern: patterns.join('\n'), reason: REGEX_ERROR.tooBig };
  const machine = new Machine(program, budget);
  return { ok: true, matcher: { test: (line) => machine.test(line), matches: (line) => allMatches(machine, line) } };
}

function allMatches(machine: Machine, line: string): string[] {
  const found: string[] = [];
  let from = 0;
  while (from <= line.length) {
    const span: Span | null = machine.find(line, from);
    if (!span) break;
    if (span.end > span.start) found.push(line.slice(span.start, span.end));
    from = span.end > span.start ? span.end : span.start + 1;
  }
  return found;
}

const otherCase = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code >= 97 && code <= 122 ? code - 32 : code);

/** -i: every character test also takes the other case (ASCII, as the lab's files are). */
function caseless(node: RegexNode): RegexNode {
  switch (node.kind) {
    case 'char': { const test: CharTest = node.test; return { kind: 'char', test: (c) => test(c) || test(otherCase(c)) }; }
    case 'assert': return node;
    case 'concat': case 'alternation': return { kind: node.kind, items: node.items.map(caseless) };
    case 'repeat': return { ...node, item: caseless(node.item) };
  }
}
