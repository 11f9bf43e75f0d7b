import { describe, expect, it } from 'vitest';
import type { SellerDb } from '../../../lib/db/database';
import { searchCustomers } from '../../../lib/db/repositories/customer-search';
import { buildAllPendingSearchKeys, countCustomersAwaitingSearchKeys } from '../../../lib/db/search-key-backlog';
import { readArchive } from '../../../lib/io/archive-tables';
import { commitImport } from '../../../lib/io/commit-import';
import { guessColumnMapping } from '../../../lib/io/column-mapping';
import { previewImport } from '../../../lib/io/preview-import';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

const SHEET = {
  headers: ['平台', '买家ID', '姓名', '电话', '标签', '备注'],
  rows: [
    ['拼多多', 'pdd_8812', '', '', '回头客', '怕快递放门口'], // merges into 张三, note already there
    ['拼多多', 'pdd_new1', '周五', '13700000001', '', '新客，要开发票'],
    ['抖音', '', '', '0571-88886666', 'VIP', '电话联系'], // merges into 李四 by phone
    ['拼多多', 'pdd_new2', '吴六', '13700000002', '', ''],
  ],
};

async function previewOn(db: SellerDb) {
  return previewImport(SHEET.rows, guessColumnMapping(SHEET.headers), await db.customers.toArray(), { defaultPlatform: 'pinduoduo', now: T0 + 5000 });
}

describe('commitImport', () => {
  it('writes adds, merges and new notes; the customers become searchable once their keys are built', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const preview = await previewOn(db);
    expect(preview).toMatchObject({ addedRows: 2, mergedRows: 2, badRows: 0 });
    const result = await commitImport(db, preview);
    expect(result).toEqual({ ok: true, added: 2, merged: 2, notes: 2 });
    expect(await db.customers.count()).toBe(4);
    expect((await db.customers.get('c1'))?.tags).toEqual(['老顾客', 'VIP', '回头客']);
    expect((await db.customers.get('c2'))?.tags).toEqual(['VIP']);
    // Every imported row waits for its search keys; the background builds them afterwards.
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(4);
    expect(await searchCustomers(db, '0000001')).toEqual([]);
    expect(await buildAllPendingSearchKeys(db)).toBe(4);
    expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
    expect((await searchCustomers(db, '0000001')).map((c) => c.platformUid)).toEqual(['pdd_new1']);
    expect((await searchCustomers(db, 'zhouwu')).map((c) => c.platformUid)).toEqual(['pdd_new1']);
    expect((await db.notes.toArray()).filter((n) => n.customerId === 'c1')).toHaveLength(2);
    expect((await db.notes.toArray()).filter((n) => n.customerId === 'c2').map((n) => n.text)).toEqual(['电话联系']);
  });

  it('writes nothing when a write fails mid-way, and says why', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const before = await readArchive(db);
    const preview = await previewOn(db);
    // Customers are written first; the notes write then fails inside the same transaction.
    const realBulkAdd = db.notes.bulkAdd.bind(db.notes);
    db.notes.bulkAdd = (() => Promise.reject(new Error('disk went away'))) as unknown as typeof db.notes.bulkAdd;
    const result = await commitImport(db, preview);
    db.notes.bulkAdd = realBulkAdd;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message['zh-CN']).toBe('写入失败，没有写入任何内容：disk went away');
    expect(await readArchive(db)).toEqual(before);
  });

  it('reports a full disk (QuotaExceededError) clearly and writes nothing', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const before = await readArchive(db);
    const preview = await previewOn(db);
    let creations = 0;
    const hook = () => {
      creations += 1;
      if (creations === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.customers.hook('creating', hook);
    const result = await commitImport(db, preview);
    db.customers.hook('creating').unsubscribe(hook);
    expect(creations).toBe(2);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message['zh-CN']).toContain('存储空间不足');
      expect(result.message.en).toContain('ran out of storage space; nothing was written');
    }
    expect(await readArchive(db)).toEqual(before);
  });

  it('refuses to overwrite a customer edited after the preview', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const preview = await previewOn(db);
    await db.customers.update('c1', { points: 1, updatedAt: T0 + 9 });
    const result = await commitImport(db, preview);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toContain('edited after the preview');
    expect(await db.customers.count()).toBe(2);
  });

  it('refuses a new customer whose buyer id appeared since the preview', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const preview = await previewOn(db);
    await db.customers.add({ ...preview.adds[1]!.customer, id: 'meanwhile' });
    const result = await commitImport(db, preview);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toContain('archive changed after the preview');
    expect(await db.customers.count()).toBe(3);
  });

  it('importing the same sheet twice adds no customer or note the second time', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    await commitImport(db, await previewOn(db));
    const once = await readArchive(db);
    const second = await previewOn(db);
    expect(second.addedRows).toBe(0);
    const result = await commitImport(db, second);
    expect(result).toMatchObject({ ok: true, added: 0, notes: 0 });
    const twice = await readArchive(db);
    expect(twice.customers.length).toBe(once.customers.length);
    expect(twice.notes.length).toBe(once.notes.length);
  });
});
