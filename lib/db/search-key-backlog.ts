/**
 * Search keys left for later by bulk writes.
 *
 * A customer's search keys (pinyin, initials and phone suffixes) are most of the index
 * entries it writes, and IndexedDB writes them one by one: building them inline made a
 * 100,000-row import take minutes. So an import or restore stores customers marked
 * `keysPending` and lists their ids in the `searchKeyBacklog` table, 500 to a row (the
 * customers are safe, listed and found by buyer id at once), and the background builds the
 * keys afterwards in small transactions. Until then name, pinyin and phone search does not
 * find those customers, which the search boxes say.
 *
 * Why a table and not an index on the mark: Chromium leaves an overwritten record's old index
 * entries in place and skips them on every later read, so a queue kept in an index gets slower
 * with every customer done. Deleted backlog rows are really gone, and each chunk starts after
 * the last row it finished. Rows of many ids, because a row per customer made an import write
 * twice as many records.
 */
import type { SellerDb, StoredCustomer } from './database';
import type { Customer } from './schemas';
import { newId } from './new-id';

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
const IDS_PER_ROW = 500;

export interface BacklogRow {
  id: string;
  customerIds: string[];
}

/**
 * Write customers with their search keys left for the background. Runs in the caller's
 * transaction when it has one (it must include customers and searchKeyBacklog).
 */
export function writeCustomersKeysDeferred(db: SellerDb, customers: readonly Customer[], how: 'add' | 'put' = 'add'): Promise<void> {
  return db.transaction('rw', db.customers, db.searchKeyBacklog, async () => {
    const marked: StoredCustomer[] = customers.map((customer) => ({ ...customer, keysPending: 1 }));
    await (how === 'add' ? db.customers.bulkAdd(marked) : db.customers.bulkPut(marked));
    // In id order, so the build reads customers the way they lie on disk: random reads made
    // it several times slower in a large store. Row ids only need to be unique and ordered.
    const ids = customers.map(({ id }) => id).sort();
    const batch = newId();
    const rows: BacklogRow[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_ROW) {
      rows.push({ id: `${batch}-${String(i / IDS_PER_ROW).padStart(6, '0')}`, customerIds: ids.slice(i, i + IDS_PER_ROW) });
    }
    await db.searchKeyBacklog.bulkAdd(rows);
  });
}

export async function countCustomersAwaitingSearchKeys(db: SellerDb): Promise<number> {
  let count = 0;
  await db.searchKeyBacklog.each((row) => void (count += row.customerIds.length));
  return count;
}

/** Whether any customer waits: what to ask on every change (a count reads every row). */
export async function anyCustomerAwaitingSearchKeys(db: SellerDb): Promise<boolean> {
  return (await db.searchKeyBacklog.limit(1).primaryKeys()).length > 0;
}

/**
 * Build the keys of up to `chunk` waiting customers from the first backlog row after `after`.
 * `last` is where the next chunk starts: the same row while ids remain in it. Reading and
 * writing in one transaction means an edit made meanwhile is never overwritten by an older
 * copy; a customer edited or deleted since just leaves the backlog.
 */
export function buildSearchKeysChunk(db: SellerDb, after = '', chunk = SEARCH_KEY_CHUNK): Promise<{ handled: number; last?: string }> {
  return db.transaction('rw', db.customers, db.searchKeyBacklog, async () => {
    const row = await db.searchKeyBacklog.where('id').above(after).first();
    if (!row) return { handled: 0 };
    const ids = row.customerIds.slice(0, chunk);
    const stored = await db.customers.bulkGet(ids);
    const waiting = stored.filter((customer): customer is StoredCustomer => customer?.keysPending === 1);
    // Without the mark the database middleware computes the keys on the way in.
    await db.customers.bulkPut(waiting.map(({ keysPending: _mark, ...customer }) => customer));
    const rest = row.customerIds.slice(chunk);
    if (rest.length > 0) {
      await db.searchKeyBacklog.put({ id: row.id, customerIds: rest });
      return { handled: ids.length, last: after };
    }
    await db.searchKeyBacklog.delete(row.id);
    return { handled: ids.length, last: row.id };
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
