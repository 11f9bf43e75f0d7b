import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { seedDemoInsights } from '../../../lib/insights/demo-seed';
import { countDemoEvents, eraseDemoEvents, logHandledMessage, recountedEventCounters } from '../../../lib/insights/event-log';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2026-12-04T09:00:00+08:00');
let db: SellerDb;
let n = 0;
beforeEach(async () => {
  db = new SellerDb(`demo-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('seedDemoInsights', () => {
  // Fake IndexedDB in Node is slow: a month here, four months in the demo.
  it('writes weeks of demo events with consistent counters, once, the same every time', { timeout: 60_000 }, async () => {
    const written = await seedDemoInsights(db, { timeZone: TZ, now: NOW, days: 25 });
    expect(written).toBeGreaterThan(150);
    expect(await countDemoEvents(db)).toBe(written);
    expect(await seedDemoInsights(db, { timeZone: TZ, now: NOW, days: 25 })).toBe(0);
    const metrics = new Set((await db.insightCounters.toArray()).map((c) => c.metric.split(':')[0]));
    expect([...metrics].sort()).toEqual(['cause', 'conversations', 'decision', 'messages', 'postage', 'price', 'situation']);
    const sort = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(sort(await db.insightCounters.toArray())).toEqual(sort(await recountedEventCounters(db)));

    const other = new SellerDb(`demo-other-${n}`);
    await seedDemoInsights(other, { timeZone: TZ, now: NOW, days: 25 });
    const strip = (rows: { id: string }[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(await other.insightEvents.orderBy('messageKey').toArray())).toEqual(strip(await db.insightEvents.orderBy('messageKey').toArray()));
    await other.delete();
  });

  it('erasing the demo leaves only the seller’s own events', { timeout: 60_000 }, async () => {
    await logHandledMessage(db, { at: NOW, platform: 'jd', buyerKey: 'jd:me', messageKey: 'mine', productKey: 'demo-cup', productName: '我的杯子', situations: ['damaged'] }, { timeZone: TZ, keepMessageText: false });
    await seedDemoInsights(db, { timeZone: TZ, now: NOW, days: 10 });
    await eraseDemoEvents(db);
    expect((await db.insightEvents.toArray()).map((e) => e.messageKey)).toEqual(['mine']);
    expect((await db.insightCounters.toArray()).reduce((sum, c) => sum + (c.metric === 'messages' ? c.count : 0), 0)).toBe(1);
    expect((await db.insightProducts.toArray()).map((p) => p.name)).toEqual(['我的杯子']);
  });
});
