/**
 * The insights event log: one event per buyer message the sidebar handled, and the daily
 * counters kept up to date in the same transaction as every write to it. Each write computes
 * what the event contributed before and after (`counterDeltas`) and moves the counters by the
 * difference, so the counters equal a recount of the log at every moment: a chart never scans
 * the log, and nothing a crash could interrupt leaves them apart.
 *
 * The functions run wherever the database is open (the background for the sidebar, the
 * options page for the settings' erase button, tests and the demo seed directly).
 */
import type { SellerDb } from '../db/database';
import { newId } from '../db/new-id';
import type { Platform } from '../db/schemas';
import type { SituationId } from '../situations/taxonomy';
import {
  insightEventSchema,
  type InsightCounter,
  type InsightEvent,
  type InsightOutcome,
  type InsightProduct,
  NO_PRODUCT,
} from './contract';
import { counterDeltas, isEventMetric } from './counter-deltas';
import { accumulate, rowOf, type CounterNet } from './counter-nets';
import { applyCounterChanges, counterTables, deleteCounterDaysBefore, rebuildWeeks } from './counter-store';
import { shopDay, shopDayOffset } from './shop-day';

/** The tables every event write touches, for callers that join a larger transaction. */
export function insightTables(db: SellerDb) {
  return [db.insightEvents, ...counterTables(db), db.insightProducts];
}

/** Replace `before` by `after` (either may be absent) in the counters. */
async function moveCounters(db: SellerDb, before: InsightEvent | undefined, after: InsightEvent | undefined): Promise<void> {
  const changes = new Map<string, CounterNet>();
  if (before) accumulate(changes, counterDeltas(before), -1, before.demo === 1);
  if (after) accumulate(changes, counterDeltas(after), 1, after.demo === 1);
  await applyCounterChanges(db, changes);
}

/**
 * One key per buyer message: the buyer, and a 32-bit hash of the message with the one before
 * it (so a buyer's second "在吗" on another day is another message). The hash is short on
 * purpose: it tells one buyer's messages apart, and with so few bits it cannot be turned back
 * into the words (countless texts share each value).
 */
export function insightMessageKey(buyerKey: string, text: string, previousText = ''): string {
  let hash = 0x811c9dc5;
  const input = `${text}\u0000${previousText}`;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${buyerKey}#${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export interface HandledMessage {
  at: number;
  platform: Platform;
  buyerKey: string;
  messageKey: string;
  /** The product id the page showed (else its title, else nothing). */
  productKey?: string;
  productName?: string;
  /** Main situation first. */
  situations: readonly SituationId[];
  corrected?: boolean;
  /** The buyer's words: stored only with `keepMessageText`. */
  text?: string;
  demo?: boolean;
}

export interface InsightWriteOptions {
  /** The shop's time zone (settings.policy.timeZone): which calendar day the message belongs to. */
  timeZone: string;
  /** settings.insights.keepMessageText */
  keepMessageText: boolean;
}

/**
 * Log a handled buyer message, once: a message already logged (same `messageKey`) is left as
 * it is and returned with `created: false`. It opens a conversation when it is the buyer's
 * first event about this product on its day.
 */
export async function logHandledMessage(
  db: SellerDb,
  input: HandledMessage,
  options: InsightWriteOptions,
): Promise<{ event: InsightEvent; created: boolean }> {
  const day = shopDay(input.at, options.timeZone);
  const productKey = (input.productKey ?? NO_PRODUCT).slice(0, 120);
  return db.transaction('rw', insightTables(db), async () => {
    const existing = await db.insightEvents.where('messageKey').equals(input.messageKey).first();
    if (existing) return { event: existing, created: false };
    const earlier = await db.insightEvents
      .where('[buyerKey+day]')
      .equals([input.buyerKey, day])
      .filter((e) => e.productKey === productKey)
      .first();
    const text = options.keepMessageText && input.text ? input.text.slice(0, 2000) : undefined;
    const event = insightEventSchema.parse({
      id: newId(),
      at: input.at,
      day,
      platform: input.platform,
      buyerKey: input.buyerKey,
      messageKey: input.messageKey,
      productKey,
      ...(input.productName ? { productName: input.productName.slice(0, 120) } : {}),
      situations: [...new Set(input.situations)].slice(0, 4),
      ...(input.corrected ? { corrected: true } : {}),
      ...(earlier ? {} : { opensConversation: true }),
      ...(text ? { text } : {}),
      outcomes: [],
      ...(input.demo ? { demo: 1 } : {}),
    } satisfies InsightEvent);
    await db.insightEvents.add(event);
    await moveCounters(db, undefined, event);
    if (input.productName && productKey !== NO_PRODUCT) await rememberProduct(db, event, input.productName);
    return { event, created: true };
  });
}

async function rememberProduct(db: SellerDb, event: InsightEvent, name: string): Promise<void> {
  const key = `${event.platform}|${event.productKey}`;
  const known = await db.insightProducts.get(key);
  // The demo never renames a product a real buyer's page named.
  if (event.demo === 1 && known && known.demo !== 1) return;
  // Writing only when something changed keeps a busy day's messages to one write each.
  const sameDay = known && known.lastSeen >= event.at - 86_400_000;
  if (known && known.name === name.slice(0, 120) && sameDay && (known.demo === 1) === (event.demo === 1)) return;
  const product: InsightProduct = {
    key,
    platform: event.platform,
    productKey: event.productKey,
    name: name.slice(0, 120),
    lastSeen: Math.max(event.at, known?.lastSeen ?? 0),
    // A product a real buyer asked about is no demo product, even if the demo named it first.
    ...(event.demo === 1 && (!known || known.demo === 1) ? { demo: 1 as const } : {}),
  };
  await db.insightProducts.put(product);
}

/** The seller corrected the situation: the event's situations are replaced, its counters moved. */
export async function setEventSituations(db: SellerDb, messageKey: string, situations: readonly SituationId[]): Promise<boolean> {
  return db.transaction('rw', insightTables(db), async () => {
    const before = await db.insightEvents.where('messageKey').equals(messageKey).first();
    if (!before) return false;
    const after: InsightEvent = { ...before, situations: [...new Set(situations)].slice(0, 4), corrected: true };
    await db.insightEvents.put(after);
    await moveCounters(db, before, after);
    return true;
  });
}

const MAX_OUTCOMES = 50;

/**
 * What the seller did about the message through the extension. A script inserted again is
 * not listed twice; a decision replaces any earlier decision on the message (one decision per
 * conversation: a corrected situation's playbook supersedes the first one).
 */
export async function addEventOutcome(db: SellerDb, messageKey: string, outcome: InsightOutcome): Promise<boolean> {
  return db.transaction('rw', insightTables(db), async () => {
    const before = await db.insightEvents.where('messageKey').equals(messageKey).first();
    if (!before) return false;
    if (outcome.kind === 'script' && before.outcomes.some((o) => o.kind === 'script' && o.scriptId === outcome.scriptId)) return true;
    let outcomes = outcome.kind === 'decision' ? before.outcomes.filter((o) => o.kind !== 'decision') : [...before.outcomes];
    outcomes.push(outcome);
    if (outcomes.length > MAX_OUTCOMES) {
      // Drop the oldest scripts first: decisions are what the charts count.
      const excess = outcomes.length - MAX_OUTCOMES;
      let dropped = 0;
      outcomes = outcomes.filter((o) => !(o.kind === 'script' && dropped++ < excess));
    }
    const after: InsightEvent = { ...before, outcomes };
    await db.insightEvents.put(after);
    await moveCounters(db, before, after);
    return true;
  });
}

/** How many demo events there are (the settings show the erase button when there are any). */
export function countDemoEvents(db: SellerDb): Promise<number> {
  return db.insightEvents.where('demo').equals(1).count();
}

/** Remove every demo event, its counts and the demo's product names; real data stays. */
export async function eraseDemoEvents(db: SellerDb): Promise<number> {
  return db.transaction('rw', insightTables(db), async () => {
    const demo = await db.insightEvents.where('demo').equals(1).toArray();
    const changes = new Map<string, CounterNet>();
    for (const event of demo) accumulate(changes, counterDeltas(event), -1, true);
    await applyCounterChanges(db, changes);
    await db.insightEvents.bulkDelete(demo.map((e) => e.id));
    const products = await db.insightProducts.filter((p) => p.demo === 1).primaryKeys();
    await db.insightProducts.bulkDelete(products);
    return demo.length;
  });
}

/**
 * Retention: events from before the last `retentionDays` calendar days (shop time) are
 * deleted, and with them every counter of those days, follow-up results included. Whole days
 * go at once, so the event counters of a deleted day would have fallen to exactly zero: deleting
 * the day's rows is the same as subtracting its events, and keeps the counters equal to a
 * recount. Each week keeps the sum of its remaining days (see deleteCounterDaysBefore).
 * Product names not seen since are forgotten too.
 */
export async function pruneEvents(
  db: SellerDb,
  retentionDays: number,
  now: number,
  timeZone: string,
): Promise<{ events: number; counters: number; products: number }> {
  const firstKept = shopDayOffset(now, timeZone, -retentionDays);
  return db.transaction('rw', insightTables(db), async () => {
    const events = await db.insightEvents.where('day').below(firstKept).delete();
    const counters = await deleteCounterDaysBefore(db, firstKept);
    const products = await db.insightProducts.filter((p) => shopDay(p.lastSeen, timeZone) < firstKept).delete();
    return { events, counters, products };
  });
}

/** What the event counters should be: a recount of the whole log (follow-up counters excluded). */
export async function expectedEventCounters(db: SellerDb): Promise<Map<string, CounterNet>> {
  const totals = new Map<string, CounterNet>();
  await db.insightEvents.each((event) => accumulate(totals, counterDeltas(event), 1, event.demo === 1));
  return totals;
}

/** The counters a recount of the log gives, as rows (for comparison in tests and checks). */
export async function recountedEventCounters(db: SellerDb): Promise<InsightCounter[]> {
  const totals = await expectedEventCounters(db);
  return [...totals].filter(([, net]) => net.count !== 0).map(([key, net]) => rowOf(key, net));
}

/**
 * Rebuild the event counters from the log (after a restore, or to repair), keeping the
 * follow-up counters, which no event carries. Returns how many rows were written.
 */
export async function recountCounters(db: SellerDb): Promise<number> {
  return db.transaction('rw', insightTables(db), async () => {
    const rows = await recountedEventCounters(db);
    await db.insightCounters.filter((c) => isEventMetric(c.metric)).delete();
    await db.insightCounters.bulkPut(rows);
    await rebuildWeeks(db);
    return rows.length;
  });
}
