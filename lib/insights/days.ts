/**
 * Calendar arithmetic on the counters' `YYYY-MM-DD` days. A day is a label in the shop's time
 * zone, not an instant, so it is handled as a UTC date: adding days never meets a DST jump.
 */
import type { Day } from './contract';

const MS_PER_DAY = 86_400_000;

function toUtc(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return fromUtc(toUtc(day) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (0 when equal). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** The Monday of the day's week (ISO weeks start on Monday, as Chinese calendars do). */
export function weekStart(day: Day): Day {
  const ms = toUtc(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return fromUtc(ms - weekday * MS_PER_DAY);
}

/** Every week start from the week of `from` to the week of `to`, so empty weeks show as 0. */
export function weeksIn(from: Day, to: Day): Day[] {
  const weeks: Day[] = [];
  if (from > to) return weeks;
  for (let week = weekStart(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/**
 * How many of the week's seven days (it starts on `week`, a Monday) fall inside from..to. A
 * range rarely starts on a Monday or ends on a Sunday, so its first and last weeks count
 * fewer days: charts label them, or their lower figures would read as a drop.
 */
export function daysOfWeekInRange(week: Day, from: Day, to: Day): number {
  const first = week > from ? week : from;
  const sunday = addDays(week, 6);
  const last = sunday < to ? sunday : to;
  return first > last ? 0 : daysBetween(first, last) + 1;
}

/** Today in the shop's time zone. */
export function dayInZone(ms: number, timeZone: string): Day {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}
