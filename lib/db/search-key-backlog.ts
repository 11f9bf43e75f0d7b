/**
 * Search keys left for later by bulk writes.
 *
 * A customer's search keys (pinyin, initials and phone suffixes) are most of the index
 * entries it writes, and IndexedDB writes them one by one: building them inline made a
 * 100,000-row import take minutes. So an import or restore stores customers marked
 * `keysPending`, with one row per customer in the `searchKeyBacklog` table (the customers are
 * safe, listed and found by buyer id at once), and the background builds the keys afterwards
 * in small transactions. Until then name, pinyin and phone search does not find those
 * customers, which the search boxes say.
 *
 * Why a table and not an index on the mark: Chromium leaves an overwritten record's old index
 * entries in place and skips them on every later read, so a queue kept in an index gets slower
 * with every customer done. Deleted backlog rows are really gone, and each chunk starts after
 * the last id it handled.
 */
import type { SellerDb, StoredCustomer } from './database';
import type { Customer } from './schemas';

/** Where a build starts; it then sizes its chunks to take about CHUNK_TARGET_MS each. */
export const SEARCH_KEY_CHUNK = 100;
/**
 * A search or a save made during a build waits for the chunk in progress: about this long.
 * A fixed count would not do: a chunk of 100 took 15 ms in a fresh profile and 300 ms in a
 * store of a million records on the same machine.
 */
const CHUNK_TARGET_MS = 50;
const MIN_CHUNK = 10;
const MAX_CHUNK = 1000;

/**
 * Write customers with their search keys left for the background. Runs in the caller's
 * transaction when it has one (it must include customers and searchKeyBacklog).
 */
export function writeCustomersKeysDeferred(db: SellerDb, customers: readonly Customer[], how: 'add' | 'put' = 'add'): Promise<void> {
  return db.transaction('rw', db.customers, db.searchKeyBacklog, async () => {
    const marked: StoredCustomer[] = customers.map((customer) => ({ ...customer, keysPending: 1 }));
    await (how === 'add' ? db.customers.bulkAdd(marked) : db.customers.bulkPut(marked));
    await db.searchKeyBacklog.bulkPut(customers.map(({ id }) => ({ id })));
  });
}

export function countCustomersAwaitingSearchKeys(db: SellerDb): Promise<number> {
  return db.searchKeyBacklog.count();
}

/** Whether any customer waits: what to ask on every change (a count walks every row). */
export async function anyCustomerAwaitingSearchKeys(db: SellerDb): Promise<boolean> {
  return (await db.searchKeyBacklog.limit(1).primaryKeys()).length > 0;
}

/**
 * Build the keys of up to `chunk` waiting customers whose ids sort after `after`. Reading and
 * writing in one transaction means an edit made meanwhile is never overwritten by an older
 * copy; a customer edited or deleted since just leaves the backlog.
 */
export function buildSearchKeysChunk(db: SellerDb, after = '', chunk = SEARCH_KEY_CHUNK): Promise<{ handled: number; last?: string }> {
  return db.transaction('rw', db.customers, db.searchKeyBacklog, async () => {
    const ids = await db.searchKeyBacklog.where('id').above(after).limit(chunk).primaryKeys();
    if (ids.length === 0) return { handled: 0 };
    const stored = await db.customers.bulkGet(ids);
    const waiting = stored.filter((customer): customer is StoredCustomer => customer?.keysPending === 1);
    // Without the mark the database middleware computes the keys on the way in.
    await db.customers.bulkPut(waiting.map(({ keysPending: _mark, ...customer }) => customer));
    await db.searchKeyBacklog.bulkDelete(ids);
    return { handled: ids.length, last: ids[ids.length - 1] };
  });
}

/**
 * Build every waiting customer's keys, chunk by chunk, until none wait; returns how many
 * backlog rows were handled. `chunk` fixes the chunk size (else it adapts to the machine);
 * `beforeChunk` lets the caller keep its context alive.
 */
export async function buildAllPendingSearchKeys(
  db: SellerDb,
  options: { chunk?: number; beforeChunk?: () => Promise<unknown> } = {},
): Promise<number> {
  let handled = 0;
  let after = '';
  let size = options.chunk ?? SEARCH_KEY_CHUNK;
  for (;;) {
    await options.beforeChunk?.();
    const started = performance.now();
    const result = await buildSearchKeysChunk(db, after, size);
    if (options.chunk === undefined && result.handled === size) size = nextChunkSize(size, performance.now() - started);
    handled += result.handled;
    if (result.last !== undefined) after = result.last;
    // At the end of the ids, look once more from the start: a bulk write made during the run
    // may have added ids below the point already passed.
    else if (after !== '') after = '';
    else return handled;
  }
}

/** Scale the chunk towards CHUNK_TARGET_MS, at most doubling or halving it per step. */
export function nextChunkSize(size: number, elapsedMs: number): number {
  const scaled = size * Math.min(2, Math.max(0.5, CHUNK_TARGET_MS / Math.max(elapsedMs, 1)));
  return Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, scaled)));
}
