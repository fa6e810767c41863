/**
 * Calendar arithmetic on the virtual clock. sim-core may not use the Date object
 * (time is an input, kept in the lab), so civil dates are computed here.
 */
const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export interface CivilTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

/** Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, UTC). */
export function toCivil(ms: number): CivilTime {
  const days = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - days * MS_PER_DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

export function civilToMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function clockTime(ms: number): string {
  const t = toCivil(ms);
  return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** The format busybox `date` prints: `Tue Jul 13 10:00:00 UTC 2010`. */
export function formatDate(ms: number): string {
  const t = toCivil(ms);
  return `${WEEKDAYS[t.weekday]} ${MONTHS[t.month - 1]} ${pad2(t.day)} ${clockTime(ms)} UTC ${t.year}`;
}

/** syslog's stamp, as every line of /var/log/messages starts: `Jul 13 10:00:00`, `Jul  3 10:00:00`. */
export function formatSyslogDate(ms: number): string {
  const t = toCivil(ms);
  return `${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${clockTime(ms)}`;
}

/** `ls -l` style: `Jul 13 10:00`. */
export function formatShortDate(ms: number): string {
  const t = toCivil(ms);
  return `${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** busybox `uptime` duration: `3 days,  2:05` or `2:05` or `12 min`. */
export function formatUptime(elapsedMs: number): string {
  const totalMinutes = Math.max(0, Math.floor(elapsedMs / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const dayPart = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  const clockPart = hours > 0 ? `${String(hours).padStart(2, ' ')}:${pad2(minutes)}` : `${minutes} min`;
  return dayPart + clockPart;
}
