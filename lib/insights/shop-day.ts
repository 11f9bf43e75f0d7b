/**
 * Calendar days in the shop's time zone, as `YYYY-MM-DD` text (see contract.ts `Day`). A
 * message at 23:30 in Shanghai belongs to that day in Shanghai whatever zone the browser is
 * in. One formatter per zone is kept: building an Intl formatter costs far more than using it,
 * and the sidebar logs a message on every buyer turn.
 */
import type { Day } from './contract';
import { addLocalDays } from '../playbooks/local-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function shopDay(ms: number, timeZone: string): Day {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The shop day `days` calendar days from the day of `ms` (negative: earlier). */
export function shopDayOffset(ms: number, timeZone: string, days: number): Day {
  return shopDay(addLocalDays(ms, timeZone, days), timeZone);
}
