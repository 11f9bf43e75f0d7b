/**
 * Reading the counters a view needs for a filter. The weeks wholly inside the range are read
 * from the weekly rollup (`insightWeeks`, one row per week), the days before and after them
 * from the daily counters, so a year reads about a quarter of the daily rows. Each metric is
 * one range of the `[metric+day]` index per table part (metric fixed, days from..to), so a
 * read touches only the rows it returns; every range of a read runs in one read transaction,
 * in parallel. Platform and
 * product are not indexed (the writers keep one index per counter row cheap): they are
 * filtered in memory on the rows of the range, which costs a comparison per row
 * (tests/bench/insights-page.ts measures the whole first chart).
 */
import type { SellerDb } from '../db/database';
import { TASK_KINDS } from '../db/schemas';
import { SITUATION_IDS } from '../situations/taxonomy';
import {
  DECISION_KINDS,
  FOLLOW_UP_RESULTS,
  metric,
  POSTAGE_PAYERS,
  PRODUCT_PROBLEMS,
  type Day,
  type InsightCounter,
  type InsightProduct,
  type InsightsFilter,
} from './contract';
import { addDays, weekStart } from './days';

/** The metrics each view reads: named lists, so no view reads a prefix range over all days. */
export const VIEW_METRICS = {
  products: [metric.conversations, ...PRODUCT_PROBLEMS.map(metric.situation)],
  situations: SITUATION_IDS.map(metric.situation),
  haggle: [
    metric.conversations,
    metric.situation('haggle'),
    metric.decision('price_accepted'),
    metric.decision('deal_lost'),
    metric.listPrice,
    metric.finalPrice,
  ],
  returns: [...SITUATION_IDS.map(metric.cause), ...POSTAGE_PAYERS.map(metric.postage), ...DECISION_KINDS.map(metric.decision)],
  followUps: TASK_KINDS.flatMap((kind) => FOLLOW_UP_RESULTS.map((result) => metric.followUp(kind, result))),
} as const;
export type InsightsView = keyof typeof VIEW_METRICS;

export function matchesFilter(row: InsightCounter, filter: InsightsFilter): boolean {
  if (filter.platform !== undefined && row.platform !== filter.platform) return false;
  if (filter.productKey !== undefined && row.productKey !== filter.productKey) return false;
  return true;
}

/** Where a range's counters are read: whole weeks from the rollup, the edge days from the daily rows. */
export interface RangePlan {
  /** First and last Monday of the weeks wholly inside the range, if any. */
  weeks?: [Day, Day];
  /** Day ranges (inclusive) outside those weeks. */
  days: [Day, Day][];
}

export function planRange(from: Day, to: Day): RangePlan {
  if (from > to) return { days: [] };
  const firstMonday = weekStart(from) === from ? from : addDays(weekStart(from), 7);
  // The last week that ends (Sunday) on or before `to`.
  const lastMonday = addDays(weekStart(addDays(to, 1)), -7);
  if (firstMonday > lastMonday) return { days: [[from, to]] };
  const days: [Day, Day][] = [];
  if (from < firstMonday) days.push([from, addDays(firstMonday, -1)]);
  const afterWeeks = addDays(lastMonday, 7);
  if (afterWeeks <= to) days.push([afterWeeks, to]);
  return { weeks: [firstMonday, lastMonday], days };
}

type CounterTable = SellerDb['insightCounters'];

/**
 * The counters of `metrics` on the filter's days, platform and product. Whole weeks come as
 * one row per week (`day` = its Monday, inside the range), the edge days as daily rows: every
 * view only sums rows or buckets them by week, so its figures are those of the daily rows.
 */
export function readCounters(db: SellerDb, metrics: readonly string[], filter: InsightsFilter): Promise<InsightCounter[]> {
  const plan = planRange(filter.from, filter.to);
  const ranges: [CounterTable, Day, Day][] = plan.days.map(([from, to]) => [db.insightCounters, from, to]);
  if (plan.weeks) ranges.push([db.insightWeeks, ...plan.weeks]);
  return readRanges(db, metrics, filter, ranges);
}

/** The same counters from the daily rows only (what the rollup must equal; tests and the bench). */
export function readDailyCounters(db: SellerDb, metrics: readonly string[], filter: InsightsFilter): Promise<InsightCounter[]> {
  return readRanges(db, metrics, filter, filter.from > filter.to ? [] : [[db.insightCounters, filter.from, filter.to]]);
}

async function readRanges(db: SellerDb, metrics: readonly string[], filter: InsightsFilter, ranges: [CounterTable, Day, Day][]): Promise<InsightCounter[]> {
  if (ranges.length === 0) return [];
  const unique = [...new Set(metrics)];
  const perRange = await db.transaction('r', [db.insightCounters, db.insightWeeks], () =>
    Promise.all(
      ranges.flatMap(([table, from, to]) =>
        unique.map((name) => table.where('[metric+day]').between([name, from], [name, to], true, true).toArray()),
      ),
    ),
  );
  const rows: InsightCounter[] = [];
  const narrowed = filter.platform !== undefined || filter.productKey !== undefined;
  for (const list of perRange) {
    if (!narrowed) {
      for (const row of list) rows.push(row);
      continue;
    }
    for (const row of list) if (matchesFilter(row, filter)) rows.push(row);
  }
  return rows;
}

export function readView(db: SellerDb, view: InsightsView, filter: InsightsFilter): Promise<InsightCounter[]> {
  return readCounters(db, VIEW_METRICS[view], filter);
}

/** `platform|productKey` → the product's last seen name. */
export type ProductNames = ReadonlyMap<string, string>;

export function productId(platform: string, productKey: string): string {
  return `${platform}|${productKey}`;
}

export async function readProductNames(db: SellerDb): Promise<{ names: ProductNames; products: InsightProduct[] }> {
  const products = await db.insightProducts.toArray();
  return { names: new Map(products.map((p) => [productId(p.platform, p.productKey), p.name])), products };
}

/** True when any counter read includes demo events (the page then says so). */
export function includesDemo(rows: readonly InsightCounter[]): boolean {
  return rows.some((row) => (row.demoCount ?? 0) > 0);
}
