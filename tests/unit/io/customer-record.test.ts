import { describe, expect, it } from 'vitest';
import { conversationKey, customerRecordFileName, deleteCustomerEverywhere, exportCustomerRecord } from '../../../lib/io/customer-record';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

describe('one customer', () => {
  it('exports the customer with their orders, notes, tasks and conversation, nothing of others', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const record = await exportCustomerRecord(db, 'c1', T0);
    expect(record?.format).toBe('seller-assistant/customer');
    expect(record?.customer.name).toBe('张三');
    expect(record && 'searchKeys' in record.customer).toBe(false);
    expect(record?.orders.map((o) => o.id)).toEqual(['o1']);
    expect(record?.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(record?.tasks.map((t) => t.id)).toEqual(['t1']);
    expect(record?.conversation?.key).toBe('pinduoduo:pdd_8812');

    const other = await exportCustomerRecord(db, 'c2', T0);
    expect(other?.orders).toEqual([]);
    expect(other?.conversation).toBeUndefined();
    expect(await exportCustomerRecord(db, 'missing')).toBeUndefined();
  });

  it('deletes the customer and everything about them, leaving others alone', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    expect(await deleteCustomerEverywhere(db, 'c1')).toBe(true);
    expect(await db.customers.get('c1')).toBeUndefined();
    expect(await db.orders.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.conversations.get('pinduoduo:pdd_8812')).toBeUndefined();
    expect(await db.customers.get('c2')).toBeDefined();
    expect(await db.templates.count()).toBe(1);
    expect(await deleteCustomerEverywhere(db, 'c1')).toBe(false);
  });

  it('names the file and conversation key from platform and buyer id', () => {
    expect(conversationKey({ platform: 'jd', platformUid: 'a1' })).toBe('jd:a1');
    expect(customerRecordFileName({ platform: 'taobao', platformUid: 'tb 小张/01' })).toBe('customer-taobao-tb_小张_01.json');
  });
});
