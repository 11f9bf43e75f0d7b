/**
 * Search keys left for later by bulk writes.
 *
 * A customer's search keys (pinyin, initials and phone suffixes) are most of the index
 * entries it writes, and IndexedDB writes them one by one: building them inline made a
 * 100,000-row import take minutes. So an import or restore stores customers marked
 * `keysPending` (the rows are safe, listed and found by buyer id at once), and the background
 * builds the keys afterwards in small transactions. Until then name, pinyin and phone search
 * does not find those customers, which the search boxes say.
 */
import type { SellerDb, StoredCustomer } from './database';
import type { Customer } from './schemas';

/** Small enough that a seller's own save never waits long behind a chunk. */
export const SEARCH_KEY_CHUNK = 100;

/** The customer as a bulk write stores it: keys to be built later. */
export function withKeysPending(customer: Customer): StoredCustomer {
  return { ...customer, keysPending: 1 };
}

export function countCustomersAwaitingSearchKeys(db: SellerDb): Promise<number> {
  return db.customers.where('keysPending').equals(1).count();
}

/**
 * Whether any customer waits. What to ask on every change: a count walks the whole index,
 * which with 100,000 waiting costs more than the chunk that just changed it.
 */
export async function anyCustomerAwaitingSearchKeys(db: SellerDb): Promise<boolean> {
  return (await db.customers.where('keysPending').equals(1).limit(1).primaryKeys()).length > 0;
}

/**
 * Build the keys of up to `chunk` waiting customers; returns how many. Reading and writing in
 * one transaction means an edit made meanwhile is never overwritten by an older copy.
 */
export function buildSearchKeysChunk(db: SellerDb, chunk = SEARCH_KEY_CHUNK): Promise<number> {
  return db.transaction('rw', db.customers, async () => {
    const waiting = await db.customers.where('keysPending').equals(1).limit(chunk).toArray();
    // Without the mark the database middleware computes the keys on the way in.
    await db.customers.bulkPut(waiting.map(({ keysPending: _mark, ...customer }) => customer));
    return waiting.length;
  });
}

/**
 * Build every waiting customer's keys, chunk by chunk, until none wait. `beforeChunk` lets
 * the caller keep its context alive (or stop by throwing).
 */
export async function buildAllPendingSearchKeys(
  db: SellerDb,
  options: { chunk?: number; beforeChunk?: () => Promise<unknown> } = {},
): Promise<number> {
  let built = 0;
  for (;;) {
    await options.beforeChunk?.();
    const count = await buildSearchKeysChunk(db, options.chunk);
    if (count === 0) return built;
    built += count;
  }
}
