/**
 * Deleting a customer ("删除此顾客的全部数据") must also take them out of the insights log,
 * without making the charts wrong: their events keep counting (no counter moves), but lose
 * everything that ties them to the buyer. The buyer key and the message key become keys that
 * name no one, one per event so no two events can be linked back together, and any stored
 * message text goes.
 */
import Dexie from 'dexie';
import type { SellerDb } from '../db/database';

/** The placeholder keys of an event whose buyer was deleted. */
export function forgottenKey(eventId: string): string {
  return `forgotten:${eventId}`;
}

/** Anonymises the buyer's events; returns how many there were. Run it inside the deletion's transaction. */
export async function forgetInsightBuyer(db: SellerDb, buyerKey: string): Promise<number> {
  const events = await db.insightEvents.where('[buyerKey+day]').between([buyerKey, Dexie.minKey], [buyerKey, Dexie.maxKey]).toArray();
  if (events.length === 0) return 0;
  await db.insightEvents.bulkPut(
    events.map(({ text: _text, ...event }) => ({ ...event, buyerKey: forgottenKey(event.id), messageKey: forgottenKey(event.id) })),
  );
  return events.length;
}
