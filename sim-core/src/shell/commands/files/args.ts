/**
 * Option parsing as busybox's getopt32 does it: letters may be bundled (`-la`), options
 * may come after operands, `--` ends them, and a lone `-` is an operand (stdin).
 */
export interface ParsedArgs {
  ok: true;
  flags: Set<string>;
  /** Values of options that take one (`-n 5`, `-n5`), in the order given. */
  values: Record<string, string[]>;
  operands: string[];
}

export type ArgsResult = ParsedArgs | { ok: false; kind: 'invalid' | 'missing'; letter: string };

/** `letters`: the flags a command knows; `withValue`: those of them that take an argument. */
export function parseArgs(args: readonly string[], letters: string, withValue = ''): ArgsResult {
  const flags = new Set<string>();
  const values: Record<string, string[]> = {};
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') { operands.push(...args.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { operands.push(arg); continue; }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      if (!letters.includes(letter)) return { ok: false, kind: 'invalid', letter };
      flags.add(letter);
      if (!withValue.includes(letter)) continue;
      const rest = arg.slice(j + 1);
      const value = rest !== '' ? rest : args[++i];
      if (value === undefined) return { ok: false, kind: 'missing', letter };
      (values[letter] ??= []).push(value);
      break;
    }
  }
  return { ok: true, flags, values, operands };
}

/** The text busybox prints for a bad option: the complaint, then the usage. */
export function badOption(command: string, help: string, result: { kind: 'invalid' | 'missing'; letter: string }): string {
  const complaint = result.kind === 'invalid'
    ? `${command}: invalid option -- '${result.letter}'`
    : `${command}: option requires an argument -- '${result.letter}'`;
  return `${complaint}\n${help}\n`;
}

/** The usage alone, as busybox prints it when operands are missing. */
export const usage = (help: string): string => `${help}\n`;
