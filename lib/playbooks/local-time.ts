/**
 * Wall-clock arithmetic in the shop's time zone. A reminder "three days after delivery at 10:00"
 * means 10:00 where the seller works, whatever zone the browser or the test runner is in, and it
 * stays 10:00 across month ends and daylight-saving changes. `TZDate` makes date-fns compute in
 * the given zone; everything leaves this module as epoch milliseconds.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addHours, endOfDay, format, startOfDay } from 'date-fns';
import type { Locale } from '../i18n/localized';

function zoned(ms: number, timeZone: string): TZDate {
  return new TZDate(ms, timeZone);
}

/** The local calendar day of `ms` moved by `days`, at `hour`:00 local time. */
export function atLocalHour(ms: number, timeZone: string, days: number, hour: number): number {
  const day = startOfDay(addDays(zoned(ms, timeZone), days));
  day.setHours(hour, 0, 0, 0);
  return day.getTime();
}

/** The last millisecond of the local day `days` after the day of `ms`. */
export function endOfLocalDay(ms: number, timeZone: string, days = 0): number {
  return endOfDay(addDays(zoned(ms, timeZone), days)).getTime();
}

/** The same local wall-clock time `days` calendar days later (23 or 25 hours across DST). */
export function addLocalDays(ms: number, timeZone: string, days: number): number {
  return addDays(zoned(ms, timeZone), days).getTime();
}

export function addLocalHours(ms: number, timeZone: string, hours: number): number {
  return addHours(zoned(ms, timeZone), hours).getTime();
}

export function localHour(ms: number, timeZone: string): number {
  return zoned(ms, timeZone).getHours();
}

/**
 * `ms` if it falls within working hours, else the next start of working hours: a reminder due
 * at 23:30 is no use to anyone until the morning.
 */
export function withinWorkingHours(
  ms: number,
  timeZone: string,
  startHour: number,
  endHour: number,
): number {
  const h = localHour(ms, timeZone);
  if (h < startHour) return atLocalHour(ms, timeZone, 0, startHour);
  if (h >= endHour) return atLocalHour(ms, timeZone, 1, startHour);
  return ms;
}

/** The local date parts of `ms`, for birthday and calendar checks. */
export function localDate(ms: number, timeZone: string): { year: number; month: number; day: number } {
  const d = zoned(ms, timeZone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** `hour`:00 local on a calendar date given by its parts (month 1-12). */
export function localDateAt(
  parts: { year: number; month: number; day: number },
  timeZone: string,
  hour: number,
): number {
  return new TZDate(parts.year, parts.month - 1, parts.day, hour, 0, 0, 0, timeZone).getTime();
}

/** A short local date and time for a reply, e.g. "2月1日 23:30" / "Feb 1, 23:30". */
export function formatLocalDateTime(ms: number, timeZone: string, locale: Locale): string {
  return format(zoned(ms, timeZone), locale === 'zh-CN' ? 'M月d日 HH:mm' : 'MMM d, HH:mm');
}
