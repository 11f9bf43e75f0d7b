import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPendingSearchKeys } from '../../../lib/background/search-key-builder';
import { SellerDb, type StoredCustomer } from '../../../lib/db/database';
import { searchCustomers } from '../../../lib/db/repositories/customer-search';
import { updateCustomer } from '../../../lib/db/repositories/customers';
import {
  anyCustomerAwaitingSearchKeys,
  buildAllPendingSearchKeys,
  buildSearchKeysChunk,
  nextChunkSize,
  countCustomersAwaitingSearchKeys,
  writeCustomersKeysDeferred,
} from '../../../lib/db/search-key-backlog';
import { customerSearchKeys } from '../../../lib/search/customer-search-keys';
import { customer as makeCustomer, T0 } from '../io/io-fixtures';

let db: SellerDb;

/** Half the customers are 周小五, half 吴六, each with a phone ending in its number. */
const customer = (i: number) =>
  makeCustomer({ id: `c${i}`, platformUid: `pdd_${i}`, name: i % 2 ? '周小五' : '吴六', phone: `137${String(i).padStart(8, '0')}` });

beforeEach(() => {
  fakeBrowser.reset();
  db = new SellerDb(`backlog-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('search-key backlog', () => {
  it('stores a marked customer without keys, and builds them chunk by chunk', async () => {
    await writeCustomersKeysDeferred(db, Array.from({ length: 1200 }, (_, i) => customer(i)));
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(1200);
    expect(((await db.customers.get('c7')) as StoredCustomer).searchKeys).toBeUndefined();
    expect(await searchCustomers(db, '00000007')).toEqual([]);

    const beforeChunk = vi.fn(async () => undefined);
    expect(await buildAllPendingSearchKeys(db, { chunk: 500, beforeChunk })).toBe(1200);
    // Three chunks, a look past the last id, and one more from the start that finds none.
    expect(beforeChunk).toHaveBeenCalledTimes(5);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);

    const stored = (await db.customers.get('c7')) as StoredCustomer;
    expect(stored.keysPending).toBeUndefined();
    expect(stored.searchKeys).toEqual(customerSearchKeys(stored));
    expect((await searchCustomers(db, '00000007')).map((c) => c.id)).toEqual(['c7']);
    expect((await searchCustomers(db, 'zxw', 2000)).length).toBe(600);
  });

  it('keeps an edit made while the customer waited: the edit brings its own keys', async () => {
    await writeCustomersKeysDeferred(db, [customer(1), customer(2)]);
    await updateCustomer(db, 'c1', { name: '郑七' }, T0 + 1000);
    // The edit computed c1's keys at once; its backlog row is left for the build to drop.
    expect((await searchCustomers(db, 'zhengqi')).map((c) => c.id)).toEqual(['c1']);
    expect((await db.customers.get('c1')) as StoredCustomer).not.toHaveProperty('keysPending');

    expect(await buildSearchKeysChunk(db)).toMatchObject({ handled: 2 });
    const edited = await db.customers.get('c1');
    expect(edited).toMatchObject({ name: '郑七', updatedAt: T0 + 1000 });
    expect((await searchCustomers(db, 'zhengqi')).map((c) => c.id)).toEqual(['c1']);
    expect(await anyCustomerAwaitingSearchKeys(db)).toBe(false);
  });

  it('works through a backlog row in parts when chunks are smaller than a row', async () => {
    await writeCustomersKeysDeferred(db, Array.from({ length: 1200 }, (_, i) => customer(i)));
    expect(await db.searchKeyBacklog.count()).toBe(3); // 500 + 500 + 200 ids
    expect(await buildSearchKeysChunk(db, '', 100)).toEqual({ handled: 100, last: '' });
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(1100);
    // The backlog is in id order (the order customers lie on disk): the first 100 ids are done.
    const done = (await db.customers.filter((c) => !(c as StoredCustomer).keysPending).primaryKeys()).sort();
    const ids = Array.from({ length: 1200 }, (_, i) => `c${i}`).sort();
    expect(done).toEqual(ids.slice(0, 100));
    expect(await buildAllPendingSearchKeys(db, { chunk: 100 })).toBe(1100);
    expect(await db.searchKeyBacklog.count()).toBe(0);
  });

  it('also builds customers added during a run below the ids it has passed', async () => {
    await writeCustomersKeysDeferred(db, Array.from({ length: 250 }, (_, i) => customer(500 + i)));
    let calls = 0;
    const beforeChunk = async () => {
      calls += 1;
      // "c1…" sorts before every "c5…"/"c6…" id the run has already handled.
      if (calls === 3) await writeCustomersKeysDeferred(db, [customer(1)]);
    };
    expect(await buildAllPendingSearchKeys(db, { chunk: 100, beforeChunk })).toBe(251);
    expect(await anyCustomerAwaitingSearchKeys(db)).toBe(false);
    expect((await searchCustomers(db, '00000001')).map((c) => c.id)).toEqual(['c1']);
  });

  it('drops the backlog row of a customer deleted before the build', async () => {
    await writeCustomersKeysDeferred(db, [customer(1), customer(2)]);
    await db.customers.delete('c1');
    expect(await buildAllPendingSearchKeys(db)).toBe(2);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
    expect(await db.customers.get('c1')).toBeUndefined();
  });

  it('returns customers without the derived fields from search', async () => {
    await writeCustomersKeysDeferred(db, [customer(3)]);
    await buildAllPendingSearchKeys(db);
    const [found] = await searchCustomers(db, 'pdd_3');
    expect(found).toEqual(customer(3));
  });
});

describe('background search-key builder', () => {
  it('runs once for concurrent requests, and keeps the worker alive with an API call per chunk', async () => {
    const keepAlive = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    await writeCustomersKeysDeferred(db, Array.from({ length: 1100 }, (_, i) => customer(i)));

    const [first, second] = await Promise.all([buildPendingSearchKeys(db), buildPendingSearchKeys(db)]);
    expect(first).toBe(1100);
    expect(second).toBe(1100); // the same run's result, not a second pass
    // Before each chunk (their number depends on the machine's speed) and each final look.
    expect(keepAlive.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
  });

  it('does nothing, and makes no API call, when no customer waits', async () => {
    const keepAlive = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    await db.customers.add(customer(1));
    expect(await buildPendingSearchKeys(db)).toBe(0);
    expect(keepAlive).not.toHaveBeenCalled();
  });
});

describe('chunk sizing', () => {
  it('grows chunks that finish early and shrinks slow ones, by at most double or half, within bounds', () => {
    expect(nextChunkSize(100, 25)).toBe(200);
    expect(nextChunkSize(100, 5)).toBe(200); // no more than double
    expect(nextChunkSize(100, 100)).toBe(50);
    expect(nextChunkSize(100, 1000)).toBe(50); // no less than half
    expect(nextChunkSize(100, 50)).toBe(100);
    expect(nextChunkSize(12, 1000)).toBe(10);
    expect(nextChunkSize(900, 1)).toBe(1000);
  });
});
