let next = 0;

/** A page-unique id prefix for a widget's server render (two tables on one page must not clash). */
export function uniquePrefix(base: string): string {
  next += 1;
  return `${base}-${next}`;
}
