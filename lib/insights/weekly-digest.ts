/**
 * The weekly digest: the product with the most new after-sales problems (PRODUCT_PROBLEMS) in
 * the last 7 shop days, today included, read from the daily counters. Demo events do not
 * count: the seller is told about their own buyers only. Messages with no product card cannot
 * be named and are left out.
 */
import type { SellerDb } from '../db/database';
import type { Platform } from '../db/schemas';
import { metric, NO_PRODUCT, PRODUCT_PROBLEMS, type Day, type InsightCounter, type InsightProduct } from './contract';
import { shopDay, shopDayOffset } from './shop-day';

export const DIGEST_DAYS = 7;

export interface DigestTop {
  platform: Platform;
  productKey: string;
  /** The product's last seen name, else its key. */
  name: string;
  /** Problem messages about it in the window. */
  count: number;
  from: Day;
  to: Day;
}

export function digestWindow(now: number, timeZone: string): { from: Day; to: Day } {
  return { from: shopDayOffset(now, timeZone, -(DIGEST_DAYS - 1)), to: shopDay(now, timeZone) };
}

const PROBLEM_METRICS: ReadonlySet<string> = new Set(PRODUCT_PROBLEMS.map((id) => metric.situation(id)));

/** Pure: the top product from the counters and product names, or null when there is nothing. */
export function topProblemProduct(
  counters: readonly InsightCounter[],
  products: readonly InsightProduct[],
  now: number,
  timeZone: string,
): DigestTop | null {
  const { from, to } = digestWindow(now, timeZone);
  const totals = new Map<string, { platform: Platform; productKey: string; count: number }>();
  for (const c of counters) {
    if (!PROBLEM_METRICS.has(c.metric) || c.day < from || c.day > to || c.productKey === NO_PRODUCT) continue;
    const real = c.count - (c.demoCount ?? 0);
    if (real <= 0) continue;
    const key = `${c.platform}|${c.productKey}`;
    const entry = totals.get(key) ?? { platform: c.platform, productKey: c.productKey, count: 0 };
    entry.count += real;
    totals.set(key, entry);
  }
  const names = new Map(products.map((p) => [p.key, p.name]));
  let best: DigestTop | null = null;
  for (const [key, entry] of totals) {
    const candidate: DigestTop = { ...entry, name: names.get(key) || entry.productKey, from, to };
    // Ties go to the name first in order, so the same counters always name the same product.
    if (!best || candidate.count > best.count || (candidate.count === best.count && candidate.name < best.name)) best = candidate;
  }
  return best;
}

/** Read only the week's problem counters (through the [metric+day] index) and pick the top product. */
export async function computeWeeklyDigest(db: SellerDb, now: number, timeZone: string): Promise<DigestTop | null> {
  const { from, to } = digestWindow(now, timeZone);
  const counters = (
    await Promise.all([...PROBLEM_METRICS].map((name) => db.insightCounters.where('[metric+day]').between([name, from], [name, to], true, true).toArray()))
  ).flat();
  const products = await db.insightProducts.bulkGet([...new Set(counters.map((c) => `${c.platform}|${c.productKey}`))]);
  return topProblemProduct(counters, products.filter((p): p is InsightProduct => p !== undefined), now, timeZone);
}
