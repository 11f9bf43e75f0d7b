/**
 * Reading the daily counters a view needs for a filter. Each metric is one range of the
 * `[metric+day]` index (metric fixed, days from..to), so a read touches only the rows it
 * returns; every range of a read runs in one read transaction, in parallel. Platform and
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
  type InsightCounter,
  type InsightProduct,
  type InsightsFilter,
} from './contract';

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

/** The counters of `metrics` on the filter's days, platform and product. */
export async function readCounters(db: SellerDb, metrics: readonly string[], filter: InsightsFilter): Promise<InsightCounter[]> {
  if (filter.from > filter.to) return [];
  const unique = [...new Set(metrics)];
  const perMetric = await db.transaction('r', db.insightCounters, () =>
    Promise.all(
      unique.map((name) =>
        db.insightCounters.where('[metric+day]').between([name, filter.from], [name, filter.to], true, true).toArray(),
      ),
    ),
  );
  const rows: InsightCounter[] = [];
  const narrowed = filter.platform !== undefined || filter.productKey !== undefined;
  for (const list of perMetric) {
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
