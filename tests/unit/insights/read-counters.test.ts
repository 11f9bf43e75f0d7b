import { afterEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { metric } from '../../../lib/insights/contract';
import { includesDemo, readCounters, readProductNames, readView } from '../../../lib/insights/read-counters';
import { rebuildWeeks } from '../../../lib/insights/counter-store';
import { counter } from './counter-rows';

let db: SellerDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function seeded() {
  db = new SellerDb(`insights-read-${Math.random()}`);
  await db.insightCounters.bulkPut([
    counter('2026-10-31', 'pinduoduo', 'cup', metric.conversations, 1),
    counter('2026-11-01', 'pinduoduo', 'cup', metric.conversations, 2),
    counter('2026-11-30', 'pinduoduo', 'cup', metric.conversations, 4),
    counter('2026-12-01', 'pinduoduo', 'cup', metric.conversations, 8),
    counter('2026-11-15', 'douyin', 'cup', metric.conversations, 16),
    counter('2026-11-15', 'douyin', 'shirt', metric.conversations, 32, { demoCount: 32 }),
    counter('2026-11-15', 'douyin', 'shirt', metric.situation('damaged'), 64),
    counter('2026-11-15', 'douyin', 'shirt', metric.situation('haggle'), 128),
  ]);
  await rebuildWeeks(db);
  await db.insightProducts.put({ key: 'douyin|shirt', platform: 'douyin', productKey: 'shirt', name: 'T恤', lastSeen: 1 });
  return db;
}

const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

describe('reading counters', () => {
  it('reads only the asked metrics on the days of the range, ends included', async () => {
    const store = await seeded();
    const rows = await readCounters(store, [metric.conversations], { from: '2026-11-01', to: '2026-11-30' });
    expect(sum(rows)).toBe(2 + 4 + 16 + 32);
    expect(sum(await readView(store, 'products', { from: '2026-11-01', to: '2026-11-30' }))).toBe(2 + 4 + 16 + 32 + 64);
  });

  it('narrows to a platform and a product', async () => {
    const store = await seeded();
    const range = { from: '2026-10-01', to: '2026-12-31' };
    expect(sum(await readCounters(store, [metric.conversations], { ...range, platform: 'pinduoduo' }))).toBe(15);
    expect(sum(await readCounters(store, [metric.conversations], { ...range, productKey: 'cup' }))).toBe(31);
    expect(sum(await readCounters(store, [metric.conversations], { ...range, platform: 'douyin', productKey: 'cup' }))).toBe(16);
  });

  it('reads nothing for a reversed range, and tells demo counts', async () => {
    const store = await seeded();
    expect(await readCounters(store, [metric.conversations], { from: '2026-12-01', to: '2026-11-01' })).toEqual([]);
    const rows = await readCounters(store, [metric.conversations], { from: '2026-11-01', to: '2026-11-30' });
    expect(includesDemo(rows)).toBe(true);
    expect(includesDemo(rows.filter((r) => r.productKey === 'cup'))).toBe(false);
  });

  it('names products by platform and key', async () => {
    const { names } = await readProductNames(await seeded());
    expect(names.get('douyin|shirt')).toBe('T恤');
    expect(names.get('pinduoduo|shirt')).toBeUndefined();
  });
});
