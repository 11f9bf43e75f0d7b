/** How the Insights tables write numbers (the CSV gets the same values). */
import type { Day } from '../../../lib/insights/contract';

/** One decimal, e.g. a rate per 100 conversations; '—' when there is no base. */
export function oneDecimal(value: number | null): number | string {
  return value === null ? '—' : Math.round(value * 10) / 10;
}

/** A 0..1 share as a whole percentage. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function money(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** A week by its Monday, as the axis shows it: 11-30. */
export function shortDay(day: Day): string {
  return day.slice(5);
}
