import { STORAGE_SETTING_NAMES, type StorageSettingName } from '../settings';

/** Edits (insert, delete, replace one letter) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The setting a reader probably meant: the dotted form (DataMover.HardwareAcceleratedMove), another
 * case, or a slip of two letters or fewer, like the seed's DataMover.HardareAcceleratedInit. Null if none.
 */
export function suggestSetting(name: string): StorageSettingName | null {
  const asPath = `/${name.replace(/^\/+/, '').replace(/\./g, '/')}`.toLowerCase();
  if (asPath.length > 64) return null;
  const scored = STORAGE_SETTING_NAMES.map((known) => ({ known, d: distance(asPath, known.toLowerCase()) })).sort((a, b) => a.d - b.d);
  return scored[0]!.d <= 2 ? scored[0]!.known : null;
}
