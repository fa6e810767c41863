/** What the simulated busybox ash prints on its own (not a command's output). */
export const SHELL_TEXT = {
  notFound: (name: string) => `-ash: ${name}: not found`,
  syntax: (error: string) => `-ash: ${error}`,
  notSimulated: (name: string) => `${name}: not simulated in this lab (a real ESXi 4.1 host has this command; this lab does not model it yet)`,
  notLoaded: (name: string) => `${name}: this part of the lab is still loading; run the line again in a moment`,
  cannotOpen: (path: string, reason: string) => `-ash: cannot open ${path}: ${reason}`,
  cannotCreate: (path: string, reason: string) => `-ash: cannot create ${path}: ${reason}`,
  /** busybox's bb_msg_write_error, from the command whose output the file could not take. */
  writeError: (command: string, reason: string) => `${command}: write error: ${reason}`,
  hostDown: (host: string) => `${host} is not running: it is at its boot console. Boot it there (Enter) and the shell comes back.`,
  connectionClosed: (host: string) => `Connection to ${host} closed: the host is rebooting. Watch its boot console.`,
  /** E2BIG, as an exec with too long an argument list answers; the word is shortened so the message stays short. */
  tooManyWords: (word: string, max: number) => `-ash: ${word.length > 40 ? `${word.slice(0, 40)}...` : word}: Argument list too long (this lab expands one command to at most ${max} words)`,
  outputCut: (lines: number, chars: number) => `(output cut here: this lab shows at most ${lines} lines or ${chars / 1024}K characters of one line's output, and runs no more of that line)`,
  /** busybox's bb_msg_memory_exhausted, for a pipe or file past what a browser tab can hold. */
  outOfMemory: '-ash: out of memory',
  lineTooLong: (max: number) => `-ash: line too long: this lab reads at most ${max} characters`,
  unknownHost: (host: string) => `There is no host named ${host} in this lab.`,
} as const;

/** Errno texts as busybox prints them. */
export const ERRNO_TEXT = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many levels of symbolic links',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  EFBIG: 'File too large',
} as const;

export type Errno = keyof typeof ERRNO_TEXT;

export const PROMPT = (cwd: string) => `${cwd === '/' ? '~' : cwd} # `;
