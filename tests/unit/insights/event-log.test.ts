import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { metric, type InsightCounter } from '../../../lib/insights/contract';
import {
  addEventOutcome,
  countDemoEvents,
  eraseDemoEvents,
  insightMessageKey,
  logHandledMessage,
  pruneEvents,
  recountCounters,
  recountedEventCounters,
  setEventSituations,
  type HandledMessage,
} from '../../../lib/insights/event-log';
import { counterDeltas } from '../../../lib/insights/counter-deltas';

const TZ = 'Asia/Shanghai';
const opts = { timeZone: TZ, keepMessageText: false };
let db: SellerDb;
let n = 0;

beforeEach(async () => {
  db = new SellerDb(`insights-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const at = (iso: string) => Date.parse(iso);
function message(overrides: Partial<HandledMessage> = {}): HandledMessage {
  return {
    at: at('2026-11-03T10:00:00+08:00'),
    platform: 'pinduoduo',
    buyerKey: 'pinduoduo:buyer1',
    messageKey: 'pinduoduo:buyer1#00000001',
    productKey: 'p1',
    productName: '玻璃杯',
    situations: ['damaged'],
    ...overrides,
  };
}

async function counters(): Promise<Record<string, number>> {
  const rows = await db.insightCounters.toArray();
  return Object.fromEntries(rows.map((r) => [r.metric + (r.productKey ? `@${r.productKey}` : '') + `@${r.day}`, r.count]));
}

async function expectConsistent() {
  const stored = (await db.insightCounters.toArray()).filter((c) => !c.metric.startsWith('followup:'));
  const sort = (rows: InsightCounter[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
  expect(sort(stored)).toEqual(sort(await recountedEventCounters(db)));
}

describe('counterDeltas', () => {
  it('counts the message, a new conversation, each situation once, the decision with its cause, postage and prices', () => {
    const deltas = counterDeltas({
      day: '2026-11-03',
      platform: 'jd',
      productKey: 'p',
      situations: ['haggle', 'haggle', 'free_shipping'],
      opensConversation: true,
      outcomes: [
        { kind: 'script', scriptId: 's1', at: 1 },
        { kind: 'decision', decision: 'price_accepted', at: 2, listPrice: 59, finalPrice: 52 },
      ],
    });
    expect(deltas.map((d) => [d.metric, d.count, d.sum])).toEqual([
      ['messages', 1, undefined],
      ['conversations', 1, undefined],
      ['situation:haggle', 1, undefined],
      ['situation:free_shipping', 1, undefined],
      ['decision:price_accepted', 1, undefined],
      ['price:list', 1, 59],
      ['price:final', 1, 52],
    ]);
    const lost = counterDeltas({
      day: '2026-11-03', platform: 'jd', productKey: 'p', situations: ['return_request'],
      outcomes: [{ kind: 'decision', decision: 'return', at: 2, cause: 'size_fit', postage: 'buyer' }],
    });
    expect(lost.map((d) => d.metric)).toEqual(['messages', 'situation:return_request', 'decision:return', 'cause:size_fit', 'postage:buyer']);
  });
});

describe('logHandledMessage', () => {
  it('logs a message once, on the shop day, without its text unless asked', async () => {
    // 23:30 UTC on the 2nd is the 3rd in Shanghai.
    const first = await logHandledMessage(db, message({ at: at('2026-11-02T23:30:00Z'), text: '杯子碎了' }), opts);
    expect(first.created).toBe(true);
    expect(first.event.day).toBe('2026-11-03');
    expect(first.event.text).toBeUndefined();
    expect(first.event.opensConversation).toBe(true);
    const again = await logHandledMessage(db, message({ situations: ['quality_issue'] }), opts);
    expect(again.created).toBe(false);
    expect(await db.insightEvents.count()).toBe(1);
    expect(await counters()).toEqual({ 'messages@p1@2026-11-03': 1, 'conversations@p1@2026-11-03': 1, 'situation:damaged@p1@2026-11-03': 1 });
    expect((await db.insightProducts.get('pinduoduo|p1'))?.name).toBe('玻璃杯');

    const kept = await logHandledMessage(db, message({ messageKey: 'k2', text: '杯子碎了' }), { ...opts, keepMessageText: true });
    expect(kept.event.text).toBe('杯子碎了');
  });

  it('opens one conversation per buyer, product and day', async () => {
    await logHandledMessage(db, message({ messageKey: 'a' }), opts);
    const sameProduct = await logHandledMessage(db, message({ messageKey: 'b' }), opts);
    const otherProduct = await logHandledMessage(db, message({ messageKey: 'c', productKey: 'p2' }), opts);
    const nextDay = await logHandledMessage(db, message({ messageKey: 'd', at: at('2026-11-04T09:00:00+08:00') }), opts);
    const otherBuyer = await logHandledMessage(db, message({ messageKey: 'e', buyerKey: 'pinduoduo:buyer2' }), opts);
    expect([sameProduct, otherProduct, nextDay, otherBuyer].map((r) => r.event.opensConversation ?? false)).toEqual([false, true, true, true]);
    await expectConsistent();
  });

  it('message keys differ by buyer, text and the message before', () => {
    const k = insightMessageKey('pdd:a', '在吗');
    expect(insightMessageKey('pdd:a', '在吗')).toBe(k);
    expect(insightMessageKey('pdd:b', '在吗')).not.toBe(k);
    expect(insightMessageKey('pdd:a', '在吗', '好的')).not.toBe(k);
    expect(k).not.toContain('在吗');
  });
});

describe('corrections and outcomes', () => {
  it('a correction replaces the situations and moves the counters', async () => {
    await logHandledMessage(db, message(), opts);
    expect(await setEventSituations(db, message().messageKey, ['wrong_item'])).toBe(true);
    const event = await db.insightEvents.where('messageKey').equals(message().messageKey).first();
    expect(event?.situations).toEqual(['wrong_item']);
    expect(event?.corrected).toBe(true);
    const c = await counters();
    expect(c['situation:wrong_item@p1@2026-11-03']).toBe(1);
    expect(c['situation:damaged@p1@2026-11-03']).toBeUndefined();
    expect(await setEventSituations(db, 'unknown', ['wrong_item'])).toBe(false);
    await expectConsistent();
  });

  it('outcomes: scripts listed once, a later decision replaces the earlier one', async () => {
    await logHandledMessage(db, message(), opts);
    const key = message().messageKey;
    await addEventOutcome(db, key, { kind: 'script', scriptId: 's1', at: 1 });
    await addEventOutcome(db, key, { kind: 'script', scriptId: 's1', at: 2 });
    await addEventOutcome(db, key, { kind: 'decision', decision: 'exchange', at: 3, cause: 'damaged', postage: 'seller' });
    await addEventOutcome(db, key, { kind: 'decision', decision: 'return', at: 4, cause: 'damaged', postage: 'seller' });
    const event = await db.insightEvents.where('messageKey').equals(key).first();
    expect(event?.outcomes.map((o) => (o.kind === 'script' ? o.scriptId : o.decision))).toEqual(['s1', 'return']);
    const c = await counters();
    expect(c['decision:return@p1@2026-11-03']).toBe(1);
    expect(c['decision:exchange@p1@2026-11-03']).toBeUndefined();
    expect(c['cause:damaged@p1@2026-11-03']).toBe(1);
    expect(c['postage:seller@p1@2026-11-03']).toBe(1);
    expect(await addEventOutcome(db, 'unknown', { kind: 'script', scriptId: 's', at: 1 })).toBe(false);
    await expectConsistent();
  });

  it('closed haggles add list and final prices', async () => {
    await logHandledMessage(db, message({ messageKey: 'h1', situations: ['haggle'] }), opts);
    await logHandledMessage(db, message({ messageKey: 'h2', situations: ['haggle'], buyerKey: 'pinduoduo:b2' }), opts);
    await addEventOutcome(db, 'h1', { kind: 'decision', decision: 'price_accepted', at: 1, listPrice: 59.9, finalPrice: 52.5 });
    await addEventOutcome(db, 'h2', { kind: 'decision', decision: 'price_accepted', at: 1, listPrice: 59.9, finalPrice: 55.1 });
    const final = await db.insightCounters.get(`2026-11-03|pinduoduo|p1|${metric.finalPrice}`);
    expect(final).toMatchObject({ count: 2, sum: 107.6 });
    expect((await db.insightCounters.get(`2026-11-03|pinduoduo|p1|${metric.listPrice}`))?.sum).toBe(119.8);
  });
});

describe('demo data, retention and recount', () => {
  it('erasing the demo removes exactly the demo events, their counts and products', async () => {
    await logHandledMessage(db, message({ messageKey: 'real' }), opts);
    await logHandledMessage(db, message({ messageKey: 'demo1', buyerKey: 'pinduoduo:demo', demo: true }), opts);
    await logHandledMessage(db, message({ messageKey: 'demo2', buyerKey: 'pinduoduo:demo', productKey: 'demo-p', productName: '演示商品', demo: true }), opts);
    expect(await countDemoEvents(db)).toBe(2);
    expect((await db.insightCounters.get('2026-11-03|pinduoduo|p1|messages'))).toMatchObject({ count: 2, demoCount: 1 });
    expect(await eraseDemoEvents(db)).toBe(2);
    expect(await countDemoEvents(db)).toBe(0);
    expect((await db.insightEvents.toArray()).map((e) => e.messageKey)).toEqual(['real']);
    expect(await db.insightCounters.get('2026-11-03|pinduoduo|p1|messages')).toMatchObject({ count: 1 });
    expect((await db.insightCounters.get('2026-11-03|pinduoduo|p1|messages'))?.demoCount).toBeUndefined();
    expect(await db.insightProducts.get('pinduoduo|demo-p')).toBeUndefined();
    expect(await db.insightProducts.get('pinduoduo|p1')).toBeDefined();
    await expectConsistent();
  });

  it('retention deletes whole days of events and counters before the window', async () => {
    const now = at('2026-12-04T10:00:00+08:00');
    await logHandledMessage(db, message({ messageKey: 'old', at: at('2026-11-03T10:00:00+08:00') }), opts);
    await logHandledMessage(db, message({ messageKey: 'edge', at: at('2026-11-04T00:10:00+08:00') }), opts);
    await db.insightCounters.put({ key: '2026-11-03|pinduoduo||followup:revisit:late', day: '2026-11-03', platform: 'pinduoduo', productKey: '', metric: 'followup:revisit:late', count: 1 });
    const result = await pruneEvents(db, 30, now, TZ);
    expect(result.events).toBe(1);
    expect((await db.insightEvents.toArray()).map((e) => e.messageKey)).toEqual(['edge']);
    expect((await db.insightCounters.toArray()).every((c) => c.day === '2026-11-04')).toBe(true);
    await expectConsistent();
  });

  it('recount rebuilds the event counters and keeps the follow-up ones', async () => {
    await logHandledMessage(db, message(), opts);
    await db.insightCounters.put({ key: '2026-11-03|pinduoduo||followup:revisit:late', day: '2026-11-03', platform: 'pinduoduo', productKey: '', metric: 'followup:revisit:late', count: 3 });
    await db.insightCounters.put({ key: 'junk', day: '2026-11-03', platform: 'pinduoduo', productKey: 'p1', metric: 'messages', count: 99 });
    await recountCounters(db);
    expect(await db.insightCounters.get('junk')).toBeUndefined();
    expect((await db.insightCounters.get('2026-11-03|pinduoduo||followup:revisit:late'))?.count).toBe(3);
    await expectConsistent();
  });
});
