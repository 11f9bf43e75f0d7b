/**
 * The weekly rollup read (whole weeks from `insightWeeks`, edge days from the daily rows)
 * gives every view the same figures as reading the daily rows alone, for random counters
 * written through the writers' helper, random ranges and random platform/product filters.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import type { Platform } from '../../../lib/db/schemas';
import { metric, type Day, type InsightCounter, type InsightsFilter } from '../../../lib/insights/contract';
import { accumulate, type CounterNet } from '../../../lib/insights/counter-nets';
import { applyCounterChanges, counterTables } from '../../../lib/insights/counter-store';
import { addDays } from '../../../lib/insights/days';
import { planRange, readCounters, readDailyCounters, VIEW_METRICS, type InsightsView } from '../../../lib/insights/read-counters';
import { followUpsView } from '../../../lib/insights/views/follow-ups';
import { haggleView } from '../../../lib/insights/views/haggle';
import { productProblems } from '../../../lib/insights/views/products';
import { returnsView } from '../../../lib/insights/views/returns';
import { situationsOverTime } from '../../../lib/insights/views/situations';

const FIRST: Day = '2026-01-01';
const SPAN = 120;
const PLATFORMS: Platform[] = ['pinduoduo', 'jd', 'douyin'];
const PRODUCTS = ['', 'cup', 'shirt'];
const METRICS = [...new Set(Object.values(VIEW_METRICS).flat())];

let db: SellerDb;
beforeAll(async () => {
  db = new SellerDb(`insights-rollup-read-${Math.random()}`);
  // ~3,000 random deltas over four months, some negative (corrections), written in batches
  // the way the event log writes them.
  const random = fc.sample(
    fc.record({
      day: fc.nat({ max: SPAN - 1 }),
      platform: fc.constantFrom(...PLATFORMS),
      productKey: fc.constantFrom(...PRODUCTS),
      metric: fc.constantFrom(...METRICS),
      count: fc.integer({ min: 1, max: 5 }),
      price: fc.integer({ min: 100, max: 99_999 }).map((c) => c / 100),
      demo: fc.boolean(),
    }),
    { numRuns: 3000, seed: 8 },
  );
  for (let i = 0; i < random.length; i += 100) {
    const changes = new Map<string, CounterNet>();
    for (const d of random.slice(i, i + 100)) {
      const priced = d.metric === metric.listPrice || d.metric === metric.finalPrice;
      accumulate(changes, [{ ...d, day: addDays(FIRST, d.day), ...(priced ? { sum: d.price * d.count } : {}) }], 1, d.demo);
    }
    await db.transaction('rw', counterTables(db), () => applyCounterChanges(db, changes));
  }
});
afterAll(async () => db.delete());

/** Prices are summed in another order: equal up to float noise, so compare at 6 decimals. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));
}

function views(rows: InsightCounter[], filter: InsightsFilter) {
  return rounded({
    products: productProblems(rows, filter, new Map([['pinduoduo|cup', '杯']])),
    situations: situationsOverTime(rows, filter),
    haggle: haggleView(rows, filter),
    returns: returnsView(rows, filter),
    followUps: followUpsView(rows, filter),
  });
}

const filterArb = fc
  .record({
    start: fc.integer({ min: -10, max: SPAN + 5 }),
    length: fc.integer({ min: 0, max: SPAN }),
    platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: undefined }),
    productKey: fc.option(fc.constantFrom(...PRODUCTS), { nil: undefined }),
  })
  .map(({ start, length, platform, productKey }): InsightsFilter => ({
    from: addDays(FIRST, start),
    to: addDays(FIRST, start + length),
    ...(platform ? { platform } : {}),
    ...(productKey !== undefined ? { productKey } : {}),
  }));

describe('the weekly rollup read', () => {
  it('splits a range into whole weeks and edge days that cover it exactly once', () => {
    // 2026-11-02 is a Monday.
    expect(planRange('2026-11-02', '2026-11-15')).toEqual({ weeks: ['2026-11-02', '2026-11-09'], days: [] });
    expect(planRange('2026-11-04', '2026-11-17')).toEqual({ weeks: ['2026-11-09', '2026-11-09'], days: [['2026-11-04', '2026-11-08'], ['2026-11-16', '2026-11-17']] });
    expect(planRange('2026-11-03', '2026-11-08')).toEqual({ days: [['2026-11-03', '2026-11-08']] });
    expect(planRange('2026-11-09', '2026-11-08')).toEqual({ days: [] });
  });

  // The random counters are sparse (most days have no row per metric), so the saving is
  // smaller here than with a shop's real days; the bench measures that.
  it('reads fewer rows than the daily read over months', async () => {
    const filter = { from: '2026-01-03', to: '2026-04-20' };
    const weekly = await readCounters(db, VIEW_METRICS.situations, filter);
    const daily = await readDailyCounters(db, VIEW_METRICS.situations, filter);
    expect(weekly.length).toBeLessThan(daily.length);
    expect(weekly.reduce((n, r) => n + r.count, 0)).toBe(daily.reduce((n, r) => n + r.count, 0));
  });

  it('gives every view the figures of the daily read, for any range and filter', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (filter) => {
        for (const view of Object.keys(VIEW_METRICS) as InsightsView[]) {
          const weekly = await readCounters(db, VIEW_METRICS[view], filter);
          const daily = await readDailyCounters(db, VIEW_METRICS[view], filter);
          expect(views(weekly, filter)).toEqual(views(daily, filter));
        }
      }),
      { numRuns: 60 },
    );
  });
});
