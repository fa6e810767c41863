/** Pure path arithmetic, as busybox does it. */

export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Joins `path` onto `cwd` and folds `.` and `..` (without following links). */
export function resolvePath(cwd: string, path: string): string {
  const start = path.startsWith('/') ? [] : splitPath(cwd);
  const parts = [...start];
  for (const part of splitPath(path)) {
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export function parentOf(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return '/' + parts.join('/');
}

export function baseName(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}
