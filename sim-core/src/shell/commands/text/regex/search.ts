/**
 * Runs a program over a line as a Pike machine: every thread advances one character at a time,
 * and two threads at the same instruction are one (the one that started earlier wins), so a line
 * of n characters costs at most n times the program's size, whatever the pattern. The match is
 * POSIX's leftmost-longest, as the C library's regexec gives busybox grep.
 */
import { isWordChar } from './syntax';
import type { Instruction } from './program';
import type { Assertion } from './syntax';
import type { CharTest } from './bracket';

/** Raised when a search has used its step budget; grep turns it into a clear message. */
export class StepBudgetExceeded extends Error {}

export interface Span { start: number; end: number }

const OP = { char: 0, split: 1, jump: 2, assert: 3, match: 4 } as const;

/** Threads as two parallel typed arrays (instruction, start position): no allocation per step. */
class Threads {
  readonly pc: Int32Array;
  readonly start: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.pc = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
  }
}

export class Machine {
  private steps = 0;
  private readonly seen: Int32Array;
  private generation = 0;
  private readonly stack: number[] = [];
  private current: Threads;
  private next: Threads;
  // The program in flat arrays, so the hot loops read one shape (op codes below).
  private readonly op: Uint8Array;
  private readonly to: Int32Array;
  private readonly alt: Int32Array;
  private readonly tests: (CharTest | null)[];
  private readonly assertions: (Assertion | null)[];

  constructor(program: readonly Instruction[], private readonly budget: number) {
    this.op = new Uint8Array(program.length);
    this.to = new Int32Array(program.length);
    this.alt = new Int32Array(program.length);
    this.tests = program.map((instruction) => (instruction.op === 'char' ? instruction.test : null));
    this.assertions = program.map((instruction) => (instruction.op === 'assert' ? instruction.what : null));
    program.forEach((instruction, pc) => {
      this.op[pc] = OP[instruction.op];
      if (instruction.op === 'jump') this.to[pc] = instruction.to;
      if (instruction.op === 'split') { this.to[pc] = instruction.to; this.alt[pc] = instruction.alt; }
    });
    this.seen = new Int32Array(program.length).fill(-1);
    this.current = new Threads(program.length);
    this.next = new Threads(program.length);
  }

  /** Whether any part of `text` matches. */
  test(text: string): boolean {
    return this.search(text, 0, true) !== null;
  }

  /** The leftmost-longest match starting at or after `from`, or null. */
  find(text: string, from: number): Span | null {
    return this.search(text, from, false);
  }

  private search(text: string, from: number, anyMatch: boolean): Span | null {
    const { op, tests } = this;
    this.current.size = 0;
    let bestStart = -1;
    let bestEnd = -1;
    for (let at = from; ; at++) {
      const mark = this.generation++;
      const next = this.next;
      next.size = 0;
      const current = this.current;
      for (let i = 0; i < current.size; i++) this.follow(current.pc[i]!, current.start[i]!, at, text, mark, next);
      if (bestStart < 0) this.follow(0, at, at, text, mark, next);
      // Threads are in order of their start, so the first match is the leftmost; a later position, the longer.
      let kept = 0;
      for (let i = 0; i < next.size; i++) {
        const start = next.start[i]!;
        if (bestStart >= 0 && start > bestStart) continue;
        if (op[next.pc[i]!] === OP.match) {
          if (bestStart < 0 || start <= bestStart) { bestStart = start; bestEnd = at; }
          if (anyMatch) return { start: bestStart, end: bestEnd };
          continue;
        }
        next.pc[kept] = next.pc[i]!;
        next.start[kept++] = start;
      }
      next.size = kept;
      if (at >= text.length || (kept === 0 && bestStart >= 0)) return bestStart >= 0 ? { start: bestStart, end: bestEnd } : null;
      // Step every thread over the character at `at`.
      const code = text.charCodeAt(at);
      // Testing a thread against the character is work too: it counts against the budget.
      this.steps += next.size;
      let survivors = 0;
      for (let i = 0; i < next.size; i++) {
        const test = tests[next.pc[i]!];
        if (!test || !test(code)) continue;
        next.pc[survivors] = next.pc[i]! + 1;
        next.start[survivors++] = next.start[i]!;
      }
      next.size = survivors;
      this.next = current;
      this.current = next;
    }
  }

  /** Adds the thread at `pc` and every instruction it reaches without consuming a character. */
  private follow(pc: number, start: number, at: number, text: string, mark: number, out: Threads) {
    const { stack, seen, op } = this;
    stack.push(pc);
    while (stack.length > 0) {
      const here = stack.pop()!;
      if (seen[here] === mark) continue;
      seen[here] = mark;
      if (++this.steps > this.budget) { stack.length = 0; throw new StepBudgetExceeded(); }
      const code = op[here];
      if (code === OP.jump) stack.push(this.to[here]!);
      else if (code === OP.split) stack.push(this.alt[here]!, this.to[here]!);
      else if (code === OP.assert) { if (holds(this.assertions[here]!, text, at)) stack.push(here + 1); }
      else { out.pc[out.size] = here; out.start[out.size++] = start; }
    }
  }
}

function holds(what: Assertion, text: string, at: number): boolean {
  const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
  const after = at < text.length && isWordChar(text.charCodeAt(at));
  switch (what) {
    case 'lineStart': return at === 0;
    case 'lineEnd': return at === text.length;
    case 'wordStart': return !before && after;
    case 'wordEnd': return before && !after;
    case 'wordBoundary': return before !== after;
    case 'notWordBoundary': return before === after;
    case 'notAfterWord': return !before;
    case 'notBeforeWord': return !after;
  }
}
