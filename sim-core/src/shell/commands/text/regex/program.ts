/**
 * A regular expression tree as a small program for a Thompson machine: `char` consumes one
 * character that passes its test, `split` forks, `jump` goes on elsewhere, `assert` checks the
 * position, `match` accepts. `{m,n}` is written out as copies, so the program has a size cap.
 */
import type { CharTest } from './bracket';
import type { Assertion, RegexNode } from './syntax';

export type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'split'; to: number; alt: number }
  | { op: 'jump'; to: number }
  | { op: 'assert'; what: Assertion }
  | { op: 'match' };

/** Beyond this many instructions a pattern is too big for the lab (`(a{255}){255}` would be 65,000). */
export const MAX_PROGRAM = 20_000;

class TooBig {}

/** The program for a tree, or null when it would pass MAX_PROGRAM instructions. */
export function compileProgram(node: RegexNode): Instruction[] | null {
  const program: Instruction[] = [];
  const push = (instruction: Instruction) => {
    if (program.length >= MAX_PROGRAM) throw new TooBig();
    program.push(instruction);
    return program.length - 1;
  };
  try {
    emit(node, program, push);
    push({ op: 'match' });
    return program;
  } catch (error) {
    if (error instanceof TooBig) return null;
    throw error;
  }
}

function emit(node: RegexNode, program: Instruction[], push: (i: Instruction) => number): void {
  switch (node.kind) {
    case 'char': push({ op: 'char', test: node.test }); return;
    case 'assert': push({ op: 'assert', what: node.what }); return;
    case 'concat': for (const item of node.items) emit(item, program, push); return;
    case 'alternation': {
      const jumps: number[] = [];
      node.items.forEach((item, index) => {
        if (index === node.items.length - 1) { emit(item, program, push); return; }
        const split = push({ op: 'split', to: 0, alt: 0 });
        emit(item, program, push);
        jumps.push(push({ op: 'jump', to: 0 }));
        program[split] = { op: 'split', to: split + 1, alt: program.length };
      });
      for (const jump of jumps) program[jump] = { op: 'jump', to: program.length };
      return;
    }
    case 'repeat': {
      for (let n = 0; n < node.min; n++) emit(node.item, program, push);
      if (node.max === Infinity) {
        const split = push({ op: 'split', to: 0, alt: 0 });
        emit(node.item, program, push);
        push({ op: 'jump', to: split });
        program[split] = { op: 'split', to: split + 1, alt: program.length };
        return;
      }
      // Each optional copy may be skipped to the end of all of them.
      const splits: number[] = [];
      for (let n = node.min; n < node.max; n++) {
        splits.push(push({ op: 'split', to: 0, alt: 0 }));
        emit(node.item, program, push);
      }
      for (const split of splits) program[split] = { op: 'split', to: split + 1, alt: program.length };
    }
  }
}
