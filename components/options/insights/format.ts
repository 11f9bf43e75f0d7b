/** How the Insights tables write numbers (the CSV gets the same values). */
import type { Day, InsightsFilter } from '../../../lib/insights/contract';
import { daysOfWeekInRange } from '../../../lib/insights/days';
import type { Translate } from '../../../lib/i18n/translate';

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

/**
 * A week as the charts (`short`: 11-30) and tables (2026-11-30) name it. The first and last
 * weeks of a range usually hold only some of their days; they say how many, so their lower
 * counts are not mistaken for a drop.
 */
export function weekLabel(week: Day, filter: InsightsFilter, t: Translate, short = false): string {
  const label = short ? shortDay(week) : week;
  const days = daysOfWeekInRange(week, filter.from, filter.to);
  return days >= 7 ? label : t('insightsPartialWeek', { week: label, days });
}
