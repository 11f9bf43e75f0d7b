import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPendingSearchKeys } from '../../../lib/background/search-key-builder';
import { SellerDb, type StoredCustomer } from '../../../lib/db/database';
import { searchCustomers } from '../../../lib/db/repositories/customer-search';
import { updateCustomer } from '../../../lib/db/repositories/customers';
import { SEARCH_KEY_CHUNK, buildAllPendingSearchKeys, buildSearchKeysChunk, countCustomersAwaitingSearchKeys, withKeysPending } from '../../../lib/db/search-key-backlog';
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
    await db.customers.bulkAdd(Array.from({ length: 1200 }, (_, i) => withKeysPending(customer(i))));
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(1200);
    expect(((await db.customers.get('c7')) as StoredCustomer).searchKeys).toBeUndefined();
    expect(await searchCustomers(db, '00000007')).toEqual([]);

    const beforeChunk = vi.fn(async () => undefined);
    expect(await buildAllPendingSearchKeys(db, { chunk: 500, beforeChunk })).toBe(1200);
    // 500 + 500 + 200, then one more look that finds none waiting.
    expect(beforeChunk).toHaveBeenCalledTimes(4);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);

    const stored = (await db.customers.get('c7')) as StoredCustomer;
    expect(stored.keysPending).toBeUndefined();
    expect(stored.searchKeys).toEqual(customerSearchKeys(stored));
    expect((await searchCustomers(db, '00000007')).map((c) => c.id)).toEqual(['c7']);
    expect((await searchCustomers(db, 'zxw', 2000)).length).toBe(600);
  });

  it('keeps an edit made while the customer waited: the edit brings its own keys', async () => {
    await db.customers.bulkAdd([withKeysPending(customer(1)), withKeysPending(customer(2))]);
    await updateCustomer(db, 'c1', { name: '郑七' }, T0 + 1000);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(1);
    expect((await searchCustomers(db, 'zhengqi')).map((c) => c.id)).toEqual(['c1']);

    expect(await buildSearchKeysChunk(db)).toBe(1);
    const edited = await db.customers.get('c1');
    expect(edited).toMatchObject({ name: '郑七', updatedAt: T0 + 1000 });
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
  });

  it('returns customers without the derived fields from search', async () => {
    await db.customers.add(withKeysPending(customer(3)));
    await buildAllPendingSearchKeys(db);
    const [found] = await searchCustomers(db, 'pdd_3');
    expect(found).toEqual(customer(3));
  });
});

describe('background search-key builder', () => {
  it('runs once for concurrent requests, and keeps the worker alive with an API call per chunk', async () => {
    const keepAlive = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    await db.customers.bulkAdd(Array.from({ length: 1100 }, (_, i) => withKeysPending(customer(i))));

    const [first, second] = await Promise.all([buildPendingSearchKeys(db), buildPendingSearchKeys(db)]);
    expect(first).toBe(1100);
    expect(second).toBe(1100); // the same run's result, not a second pass
    // One per chunk, plus the look that finds none left.
    expect(keepAlive).toHaveBeenCalledTimes(Math.ceil(1100 / SEARCH_KEY_CHUNK) + 1);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
  });

  it('does nothing, and makes no API call, when no customer waits', async () => {
    const keepAlive = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    await db.customers.add(customer(1));
    expect(await buildPendingSearchKeys(db)).toBe(0);
    expect(keepAlive).not.toHaveBeenCalled();
  });
});
