/** Human-readable sizes as busybox prints them. */
const UNITS = ['B', 'K', 'M', 'G', 'T'] as const;

/** `df -h` style: one decimal (249.7M, 4.0G); zero is `0`. */
export function humanDecimal(bytes: number): string {
  if (bytes <= 0) return '0';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) { value /= 1024; unit++; }
  return unit === 0 ? `${Math.round(value)}` : `${value.toFixed(1)}${UNITS[unit]}`;
}

/** `vdf -h` style: whole units (32M, 60K, 0B). */
export function humanWhole(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) { value /= 1024; unit++; }
  return `${Math.round(value)}${UNITS[unit]}`;
}

export function percentUsed(used: number, size: number): string {
  // busybox rounds to the nearest percent
  return size <= 0 ? '0%' : `${Math.round((used / size) * 100)}%`;
}
