/** What the text commands (echo, grep, head, tail, wc, more, less) and their input print. */
export const TEXT_TEXT = {
  /** busybox's fopen_or_warn: cat, head, tail, wc, more, less. */
  cannotOpen: (command: string, path: string, reason: string) => `${command}: can't open '${path}': ${reason}`,
  /** grep names the file and the reason. */
  plainError: (command: string, path: string, reason: string) => `${command}: ${path}: ${reason}`,
  readError: (command: string, reason: string) => `${command}: read error: ${reason}`,
  binary: (command: string, path: string) => `${command}: ${path}: binary file (a boot module or image): its content is not shown in this lab`,
  noInput: (command: string) => `${command}: no input: this lab's terminal cannot type into ${command}. Name a file, or pipe text in (cat /etc/hosts | ${command} ...)`,
  badRegex: (pattern: string, reason: string) => `grep: invalid regular expression '${pattern}': ${reason}`,
  invalidNumber: (command: string, value: string) => `${command}: invalid number '${value}'`,
  tailFollow: 'tail: following a file (-f) is not simulated in this lab: this prints the file as it is now, once',
  standardInput: 'standard input',
  tooLarge: (command: string, name: string, limitMb: number) => `${command}: ${name}: larger than ${limitMb} MB: this lab's text commands read at most ${limitMb} MB (cat and redirections still copy it)`,
} as const;

/** Why a pattern does not compile: the C library's regerror texts, which busybox grep prints. */
export const REGEX_ERROR = {
  unmatchedParen: 'Unmatched ( or \\(',
  unmatchedCloseParen: 'Unmatched ) or \\)',
  unmatchedBracket: 'Unmatched [ or [^',
  unmatchedBrace: 'Unmatched \\{',
  badBrace: 'Invalid content of \\{\\}',
  badRange: 'Invalid range end',
  badClass: 'Invalid character class name',
  trailingBackslash: 'Trailing backslash',
  tooBig: 'Regular expression too big',
  /** This lab matches without backtracking, which back-references would need. */
  backReference: 'back-references (\\1 to \\9) are not simulated in this lab',
} as const;

/** grep's own limits in this lab: matching never backtracks, but a huge pattern or input still has a ceiling. */
export const GREP_LIMIT_TEXT = {
  tooComplex: (steps: number) => `grep: pattern too complex for this lab: searching this input with it takes more than ${steps} steps`,
} as const;
