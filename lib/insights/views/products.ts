/**
 * After-sales problems per product ("what to fix or stop stocking"): for each product, how
 * many buyer messages raised quality, size, damage, a missing or a wrong item, per 100
 * conversations about it, and the weekly trend; the worst products first.
 */
import type { Platform } from '../../db/schemas';
import { metric, PRODUCT_PROBLEMS, type Day, type InsightCounter, type InsightsFilter } from '../contract';
import { weeksIn, weekStart } from '../days';
import { productId, type ProductNames } from '../read-counters';

export type ProductProblem = (typeof PRODUCT_PROBLEMS)[number];

export interface ProductProblemRow {
  /** `platform|productKey`. */
  id: string;
  platform: Platform;
  productKey: string;
  /** The name last seen on the page; undefined when none was (the UI shows the key). */
  name?: string;
  conversations: number;
  problems: Record<ProductProblem, number>;
  total: number;
  /** Problems per 100 conversations; null when no conversation was counted. */
  ratePer100: number | null;
  /** Problems per week, one value per week of the range. */
  trend: number[];
}

export interface ProductProblemsView {
  weeks: Day[];
  rows: ProductProblemRow[];
}

const PROBLEM_BY_METRIC = new Map<string, ProductProblem>(PRODUCT_PROBLEMS.map((p) => [metric.situation(p), p]));

export function productProblems(counters: readonly InsightCounter[], filter: InsightsFilter, names: ProductNames): ProductProblemsView {
  const weeks = weeksIn(filter.from, filter.to);
  const weekIndex = new Map(weeks.map((week, i) => [week, i]));
  const byProduct = new Map<string, ProductProblemRow>();
  const rowFor = (counter: InsightCounter): ProductProblemRow => {
    const id = productId(counter.platform, counter.productKey);
    let row = byProduct.get(id);
    if (!row) {
      row = {
        id,
        platform: counter.platform,
        productKey: counter.productKey,
        name: names.get(id),
        conversations: 0,
        problems: { quality_issue: 0, size_fit: 0, damaged: 0, missing_item: 0, wrong_item: 0 },
        total: 0,
        ratePer100: null,
        trend: weeks.map(() => 0),
      };
      byProduct.set(id, row);
    }
    return row;
  };
  for (const counter of counters) {
    if (counter.day < filter.from || counter.day > filter.to) continue;
    if (counter.metric === metric.conversations) {
      rowFor(counter).conversations += counter.count;
      continue;
    }
    const problem = PROBLEM_BY_METRIC.get(counter.metric);
    if (!problem) continue;
    const row = rowFor(counter);
    row.problems[problem] += counter.count;
    row.total += counter.count;
    const week = weekIndex.get(weekStart(counter.day));
    if (week !== undefined) row.trend[week]! += counter.count;
  }
  const rows = [...byProduct.values()];
  for (const row of rows) row.ratePer100 = row.conversations > 0 ? (row.total / row.conversations) * 100 : null;
  return { weeks, rows: sortProductRows(rows, 'total', 'desc') };
}

export type ProductSortKey = 'name' | 'conversations' | 'total' | 'ratePer100' | ProductProblem;

function sortValue(row: ProductProblemRow, key: ProductSortKey): number | string {
  if (key === 'name') return row.name ?? row.productKey;
  if (key === 'conversations' || key === 'total') return row[key];
  if (key === 'ratePer100') return row.ratePer100 ?? -1;
  return row.problems[key];
}

/**
 * Sorted copy. Worst first by default: most problems, then the higher rate, then more
 * conversations; ties end by id so the order is stable between loads.
 */
export function sortProductRows(rows: readonly ProductProblemRow[], key: ProductSortKey, direction: 'asc' | 'desc'): ProductProblemRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      sign * compare(sortValue(a, key), sortValue(b, key)) ||
      -compare(a.total, b.total) ||
      -compare(a.ratePer100 ?? -1, b.ratePer100 ?? -1) ||
      -compare(a.conversations, b.conversations) ||
      compare(a.id, b.id),
  );
}
