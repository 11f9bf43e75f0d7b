import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { counterKey, type InsightCounter, type InsightProduct } from '../../../lib/insights/contract';
import { logHandledMessage } from '../../../lib/insights/event-log';
import { computeWeeklyDigest, digestWindow, topProblemProduct } from '../../../lib/insights/weekly-digest';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2026-12-04T09:00:00+08:00');

function counter(day: string, productKey: string, metricName: string, count: number, demoCount?: number): InsightCounter {
  return { key: counterKey(day, 'pinduoduo', productKey, metricName), day, platform: 'pinduoduo', productKey, metric: metricName, count, ...(demoCount ? { demoCount } : {}) };
}
const product = (productKey: string, name: string): InsightProduct => ({ key: `pinduoduo|${productKey}`, platform: 'pinduoduo', productKey, name, lastSeen: 0 });

describe('topProblemProduct', () => {
  it('covers the 7 shop days ending today', () => {
    expect(digestWindow(NOW, TZ)).toEqual({ from: '2026-11-28', to: '2026-12-04' });
  });

  it('sums the problem situations per product in the window and names the top one', () => {
    const counters = [
      counter('2026-12-01', 'cup', 'situation:damaged', 3),
      counter('2026-12-03', 'cup', 'situation:quality_issue', 1),
      counter('2026-12-02', 'tee', 'situation:size_fit', 3),
      // Not problems, outside the window, no product, or demo: none of these count.
      counter('2026-12-02', 'tee', 'situation:haggle', 9),
      counter('2026-11-27', 'tee', 'situation:size_fit', 9),
      counter('2026-12-02', '', 'situation:damaged', 9),
      counter('2026-12-02', 'demo', 'situation:damaged', 9, 9),
    ];
    expect(topProblemProduct(counters, [product('cup', '玻璃杯'), product('tee', 'T恤')], NOW, TZ)).toEqual({
      platform: 'pinduoduo', productKey: 'cup', name: '玻璃杯', count: 4, from: '2026-11-28', to: '2026-12-04',
    });
  });

  it('is null when the week had no problems', () => {
    expect(topProblemProduct([counter('2026-12-02', 'tee', 'situation:haggle', 9)], [], NOW, TZ)).toBeNull();
  });

  it('breaks a tie by name, and falls back to the key without a name', () => {
    const counters = [counter('2026-12-01', 'b-key', 'situation:damaged', 2), counter('2026-12-01', 'a-key', 'situation:wrong_item', 2)];
    expect(topProblemProduct(counters, [], NOW, TZ)?.name).toBe('a-key');
  });
});

describe('computeWeeklyDigest', () => {
  let db: SellerDb;
  beforeEach(async () => {
    db = new SellerDb('digest');
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads the week from the logged events', async () => {
    const opts = { timeZone: TZ, keepMessageText: false };
    for (let i = 0; i < 3; i++) {
      await logHandledMessage(db, { at: NOW - i * 86_400_000, platform: 'jd', buyerKey: `jd:${i}`, messageKey: `m${i}`, productKey: 'sku1', productName: '保温杯', situations: ['damaged'] }, opts);
    }
    await logHandledMessage(db, { at: NOW - 10 * 86_400_000, platform: 'jd', buyerKey: 'jd:x', messageKey: 'old', productKey: 'sku2', productName: '旧', situations: ['damaged'] }, opts);
    expect(await computeWeeklyDigest(db, NOW, TZ)).toMatchObject({ productKey: 'sku1', name: '保温杯', count: 3 });
  });
});
