/** Situations over time: recognised situations per week, one series per platform. */
import type { Platform } from '../../db/schemas';
import { SITUATION_IDS, type SituationId } from '../../situations/taxonomy';
import { metric, type Day, type InsightCounter, type InsightsFilter } from '../contract';
import { weeksIn, weekStart } from '../days';

export interface SituationsView {
  weeks: Day[];
  /** Platforms with any count, in the order of their totals (largest first). */
  platforms: Platform[];
  /** Per platform, one count per week. */
  counts: Partial<Record<Platform, number[]>>;
  /** All platforms together, per week. */
  totals: number[];
  /** Every situation with a count in the range, most frequent first (for the picker). */
  bySituation: { situation: SituationId; count: number }[];
}

const SITUATION_BY_METRIC = new Map<string, SituationId>(SITUATION_IDS.map((id) => [metric.situation(id), id]));

/** `only`: count that one situation; otherwise every situation a message was recognised as. */
export function situationsOverTime(counters: readonly InsightCounter[], filter: InsightsFilter, only?: SituationId): SituationsView {
  const weeks = weeksIn(filter.from, filter.to);
  const weekIndex = new Map(weeks.map((week, i) => [week, i]));
  const counts: Partial<Record<Platform, number[]>> = {};
  const platformTotals = new Map<Platform, number>();
  const totals = weeks.map(() => 0);
  const bySituation = new Map<SituationId, number>();
  for (const counter of counters) {
    if (counter.day < filter.from || counter.day > filter.to) continue;
    const situation = SITUATION_BY_METRIC.get(counter.metric);
    if (!situation) continue;
    bySituation.set(situation, (bySituation.get(situation) ?? 0) + counter.count);
    if (only !== undefined && situation !== only) continue;
    const week = weekIndex.get(weekStart(counter.day));
    if (week === undefined) continue;
    const series = (counts[counter.platform] ??= weeks.map(() => 0));
    series[week]! += counter.count;
    totals[week]! += counter.count;
    platformTotals.set(counter.platform, (platformTotals.get(counter.platform) ?? 0) + counter.count);
  }
  const platforms = [...platformTotals.entries()]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([platform]) => platform);
  return {
    weeks,
    platforms,
    counts,
    totals,
    bySituation: [...bySituation.entries()]
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || SITUATION_IDS.indexOf(a[0]) - SITUATION_IDS.indexOf(b[0]))
      .map(([situation, count]) => ({ situation, count })),
  };
}
