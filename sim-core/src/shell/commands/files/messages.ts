/** What the file commands (ls, cd, pwd, cat, mkdir, touch, rm) print, busybox's words first. */
export const FILES_TEXT = {
  lsError: (path: string, reason: string) => `ls: ${path}: ${reason}`,
  lsNotSimulated: (letter: string) => `ls: option -${letter} is not simulated in this lab (try -l, -a, -A, -1, -h, -d, -R, -F, -r)`,
  cdFailed: (path: string) => `-ash: cd: can't cd to ${path}`,
  cdDashNotSimulated: '-ash: cd: "cd -" is not simulated in this lab (it does not keep OLDPWD); give the directory by name',
  cdBadOption: (arg: string) => `-ash: cd: Illegal option ${arg}`,
  pwdBadOption: (arg: string) => `-ash: pwd: Illegal option ${arg}`,
  catOpen: (path: string, reason: string) => `cat: can't open '${path}': ${reason}`,
  mkdirFailed: (path: string, reason: string) => `mkdir: cannot create directory '${path}': ${reason}`,
  touchFailed: (path: string, reason: string) => `touch: ${path}: ${reason}`,
  rmMissing: (path: string, reason: string) => `rm: cannot remove '${path}': ${reason}`,
  rmIsDir: (path: string) => `rm: ${path}: is a directory`,
  rmDots: "rm: cannot remove '.' or '..'",
  rmBusy: (path: string) => `rm: cannot remove '${path}': Device or resource busy (a mounted file system: this lab keeps ${path === '/' ? 'its root' : 'its mount points'})`,
  rmInteractive: 'rm: -i is not simulated in this lab (it would ask before each file); leave it out',
} as const;
