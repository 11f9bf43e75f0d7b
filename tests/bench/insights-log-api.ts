/**
 * Bundled into a page of the built extension by tests/bench/insights-log.ts: fills the
 * extension's own database with a year of insight events in bulk, then times the writes the
 * sidebar's logging causes per handled message. Runs in Chromium, on the real IndexedDB.
 */
import './scale-jitless';
import { SellerDb } from '../../lib/db/database';
import { newId } from '../../lib/db/new-id';
import type { Platform } from '../../lib/db/schemas';
import { counterKey, type DecisionKind, type InsightCounter, type InsightEvent } from '../../lib/insights/contract';
import { weekRowsOf } from '../../lib/insights/counter-nets';
import { counterDeltas } from '../../lib/insights/counter-deltas';
import { addEventOutcome, logHandledMessage } from '../../lib/insights/event-log';
import { shopDay } from '../../lib/insights/shop-day';
import type { SituationId } from '../../lib/situations/taxonomy';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const PLATFORMS: Platform[] = ['pinduoduo', 'douyin', 'jd', 'taobao'];
const SITUATIONS: SituationId[] = ['haggle', 'ship_time', 'logistics', 'product_info', 'damaged', 'size_fit', 'quality_issue', 'return_request', 'refund', 'wrong_item', 'missing_item', 'free_shipping'];
const DECISIONS: DecisionKind[] = ['price_accepted', 'deal_lost', 'exchange', 'return', 'refund', 'resend', 'compensation'];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const db = new SellerDb();

/**
 * Bulk fill: events are made in memory day by day with their counters (the same
 * `counterDeltas` the log uses) and written about 50,000 at a time, one transaction per batch:
 * each transaction's commit costs far more than its rows on this machine, so a transaction per
 * day (365 of them) took minutes for 100,000 events. Same rows as logging one by one.
 */
async function seed(total: number, customers: number, products: number, days: number, now: number): Promise<{ events: number; counters: number; ms: number }> {
  const started = performance.now();
  const next = random(42);
  const perDay = Math.ceil(total / days);
  let written = 0;
  let events: InsightEvent[] = [];
  let counters = new Map<string, InsightCounter>();
  const flush = async () => {
    const rows = [...counters.values()];
    const batch = events;
    events = [];
    counters = new Map();
    await db.transaction('rw', [db.insightEvents, db.insightCounters, db.insightWeeks], async () => {
      await db.insightEvents.bulkAdd(batch);
      // A batch boundary can split a day (and a week): merge with what earlier batches stored.
      for (const [table, additions] of [[db.insightCounters, rows], [db.insightWeeks, weekRowsOf(rows)]] as const) {
        const stored = await table.bulkGet(additions.map((r) => r.key));
        await table.bulkPut(
          additions.map((r, i) => {
            const old = stored[i];
            return old ? { ...r, count: r.count + old.count, ...(r.sum !== undefined ? { sum: r.sum + (old.sum ?? 0) } : {}) } : r;
          }),
        );
      }
    });
  };
  for (let d = days - 1; d >= 0 && written < total; d--) {
    const dayStart = now - d * DAY;
    const opened = new Set<string>();
    for (let i = 0; i < perDay && written < total; i++, written++) {
      const at = dayStart - Math.floor(next() * 20 * 3_600_000);
      const platform = PLATFORMS[Math.floor(next() * PLATFORMS.length)]!;
      const buyerKey = `${platform}:buyer-${Math.floor(next() * customers)}`;
      const productKey = `sku-${Math.floor(next() * products)}`;
      const day = shopDay(at, TZ);
      const conversation = `${buyerKey}|${productKey}|${day}`;
      const opens = !opened.has(conversation);
      opened.add(conversation);
      const situations = [SITUATIONS[Math.floor(next() * SITUATIONS.length)]!];
      const decision = next() < 0.2 ? DECISIONS[Math.floor(next() * DECISIONS.length)]! : undefined;
      const event: InsightEvent = {
        id: newId(),
        at,
        day,
        platform,
        buyerKey,
        messageKey: `${buyerKey}#seed-${written.toString(16)}`,
        productKey,
        situations,
        ...(opens ? { opensConversation: true as const } : {}),
        outcomes: decision
          ? [{ kind: 'decision', decision, at, ...(decision === 'price_accepted' ? { listPrice: 59, finalPrice: 52 } : {}) }]
          : [],
      };
      events.push(event);
      for (const delta of counterDeltas(event)) {
        const key = counterKey(delta.day, delta.platform, delta.productKey, delta.metric);
        const row = counters.get(key) ?? { key, day: delta.day, platform: delta.platform, productKey: delta.productKey, metric: delta.metric, count: 0 };
        row.count += delta.count;
        if (delta.sum !== undefined) row.sum = (row.sum ?? 0) + delta.sum;
        counters.set(key, row);
      }
    }
    if (events.length >= 50_000) await flush();
  }
  if (events.length > 0) await flush();
  return { events: written, counters: await db.insightCounters.count(), ms: performance.now() - started };
}

/** One handled message as the background logs it, then an inserted reply with a decision. */
async function measureDirect(samples: number, customers: number, now: number): Promise<{ log: number[]; outcome: number[] }> {
  const log: number[] = [];
  const outcome: number[] = [];
  const next = random(7);
  for (let i = 0; i < samples; i++) {
    const buyerKey = `pinduoduo:buyer-${Math.floor(next() * customers)}`;
    const messageKey = `${buyerKey}#bench-direct-${i}`;
    let t = performance.now();
    await logHandledMessage(
      db,
      { at: now, platform: 'pinduoduo', buyerKey, messageKey, productKey: `sku-${i % 50}`, productName: `商品 ${i % 50}`, situations: ['damaged', 'return_request'] },
      { timeZone: TZ, keepMessageText: false },
    );
    log.push(performance.now() - t);
    t = performance.now();
    await addEventOutcome(db, messageKey, { kind: 'decision', decision: 'return', at: now, cause: 'damaged', postage: 'seller' });
    outcome.push(performance.now() - t);
  }
  return { log, outcome };
}

/** The same, sent to the background as the sidebar sends it, timed until the background answers. */
async function measureThroughBackground(samples: number, customers: number, now: number): Promise<{ send: number[]; roundTrip: number[] }> {
  const send: number[] = [];
  const roundTrip: number[] = [];
  const next = random(9);
  const chromeApi = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
  for (let i = 0; i < samples; i++) {
    const buyerKey = `pinduoduo:buyer-${Math.floor(next() * customers)}`;
    const args = { at: now, platform: 'pinduoduo', buyerKey, messageKey: `${buyerKey}#bench-bg-${i}`, productKey: `sku-${i % 50}`, situations: ['haggle'], text: '能便宜点吗' };
    const t = performance.now();
    const pending = chromeApi.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name: 'logInsightEvent', args } });
    // What the sidebar itself spends: it does not wait for the answer.
    send.push(performance.now() - t);
    const response = await pending;
    roundTrip.push(performance.now() - t);
    if (!response?.ok) throw new Error(`background refused: ${response?.error}`);
  }
  return { send, roundTrip };
}

Object.assign(globalThis, { insightsBench: { seed, measureDirect, measureThroughBackground, count: () => db.insightEvents.count() } });
