import { describe, expect, it } from 'vitest';
import { conversationKey, customerRecordFileName, deleteCustomerEverywhere, exportCustomerRecord } from '../../../lib/io/customer-record';
import { insightMessageKey, logHandledMessage, recountedEventCounters } from '../../../lib/insights/event-log';
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

  it('takes the deleted buyer off the insights log, keeping what the charts count', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const options = { timeZone: 'Asia/Shanghai', keepMessageText: true };
    const message = (buyerKey: string, text: string, at: number) =>
      logHandledMessage(db, { at, platform: 'pinduoduo', buyerKey, messageKey: insightMessageKey(buyerKey, text), productKey: 'cup', situations: ['damaged'], text }, options);
    await message('pinduoduo:pdd_8812', '杯子碎了', T0);
    await message('pinduoduo:pdd_8812', '盒子也压扁了', T0 + 60_000);
    await message('pinduoduo:someone_else', '杯子碎了', T0);
    const counters = await db.insightCounters.toArray();

    expect(await deleteCustomerEverywhere(db, 'c1')).toBe(true);
    const events = await db.insightEvents.toArray();
    expect(events).toHaveLength(3);
    const forgotten = events.filter((e) => e.buyerKey !== 'pinduoduo:someone_else');
    expect(forgotten).toHaveLength(2);
    for (const event of forgotten) {
      expect(JSON.stringify(event)).not.toContain('pdd_8812');
      expect(event.text).toBeUndefined();
    }
    expect(new Set(forgotten.map((e) => e.buyerKey)).size).toBe(2);
    expect(events.find((e) => e.buyerKey === 'pinduoduo:someone_else')?.text).toBe('杯子碎了');
    expect(await db.insightCounters.toArray()).toEqual(counters);
    // And a recount of the anonymised log still gives the same counters.
    const byKey = (rows: { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(await recountedEventCounters(db))).toEqual(byKey(counters));
  });

  it('names the file and conversation key from platform and buyer id', () => {
    expect(conversationKey({ platform: 'jd', platformUid: 'a1' })).toBe('jd:a1');
    expect(customerRecordFileName({ platform: 'taobao', platformUid: 'tb 小张/01' })).toBe('customer-taobao-tb_小张_01.json');
  });
});
