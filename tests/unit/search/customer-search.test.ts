import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { createCustomer, updateCustomer } from '../../../lib/db/repositories/customers';
import { searchCustomers } from '../../../lib/db/repositories/customer-search';
import type { Customer } from '../../../lib/db/schemas';
import { customerQueryKey, customerSearchKeys } from '../../../lib/search/customer-search-keys';

const T0 = Date.UTC(2024, 4, 1);
let db: SellerDb;
let ids: Record<string, string>;

beforeEach(async () => {
  db = new SellerDb('test-' + crypto.randomUUID());
  const add = async (key: string, input: Parameters<typeof createCustomer>[1]) => {
    ids[key] = (await createCustomer(db, input, T0)).id;
  };
  ids = {};
  await add('zhangsanfeng', { platform: 'pinduoduo', platformUid: 'pdd_10086', name: '张三丰', phone: '138-1234-5678' });
  await add('zhangsan', { platform: 'pinduoduo', platformUid: 'pdd_20000', name: '张三', nickname: '小张', phone: '13900001111' });
  await add('lisi', { platform: 'douyin', platformUid: 'dy_lisi_88', name: '李四', nickname: '🌸小花花🌸', phone: '0571-88886666' });
  await add('amy', { platform: 'shopee', platformUid: 'SG_Amy_Tan', nickname: 'Amy T.', phone: '+65 9123 4567' });
  await add('masked', { platform: 'jd', platformUid: 'jd_e***e', nickname: 'e***e' });
});
afterEach(() => db.close());

async function found(query: string): Promise<string[]> {
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return (await searchCustomers(db, query)).map((c) => byId[c.id]!).sort();
}

describe('searchCustomers', () => {
  it('finds by name prefix', async () => {
    expect(await found('张')).toEqual(['zhangsan', 'zhangsanfeng']);
    expect(await found('张三丰')).toEqual(['zhangsanfeng']);
    expect(await found('李')).toEqual(['lisi']);
  });

  it('finds by full pinyin, initials and the given name\'s pinyin', async () => {
    expect(await found('zhangsan')).toEqual(['zhangsan', 'zhangsanfeng']);
    expect(await found('zhangsanf')).toEqual(['zhangsanfeng']);
    expect(await found('zs')).toEqual(['zhangsan', 'zhangsanfeng']);
    expect(await found('zsf')).toEqual(['zhangsanfeng']);
    expect(await found('sanfeng')).toEqual(['zhangsanfeng']);
    expect(await found('三丰')).toEqual(['zhangsanfeng']);
    expect(await found('ZhangSan')).toEqual(['zhangsan', 'zhangsanfeng']);
  });

  it('finds by phone fragments: last four, a middle run, with dashes or spaces typed', async () => {
    expect(await found('5678')).toEqual(['zhangsanfeng']);
    expect(await found('81234')).toEqual(['zhangsanfeng']);
    // A run that also starts another phone's suffix finds both (Amy's +65 9123 4567).
    expect(await found('1234')).toEqual(['amy', 'zhangsanfeng']);
    expect(await found('1234-5678')).toEqual(['zhangsanfeng']);
    expect(await found('138 1234 5678')).toEqual(['zhangsanfeng']);
    expect(await found('88886666')).toEqual(['lisi']);
    expect(await found('9123')).toEqual(['amy']);
    expect(await found('1111')).toEqual(['zhangsan']);
  });

  it('finds by platform buyer id and nickname, ignoring case', async () => {
    expect(await found('pdd_100')).toEqual(['zhangsanfeng']);
    expect(await found('sg_amy')).toEqual(['amy']);
    expect(await found('dy_lisi')).toEqual(['lisi']);
    expect(await found('amy')).toEqual(['amy']);
    expect(await found('小张')).toEqual(['zhangsan']);
    expect(await found('小花')).toEqual(['lisi']);
    expect(await found('e***e')).toEqual(['masked']);
  });

  it('finds nothing for what nobody has', async () => {
    expect(await found('wangwu')).toEqual([]);
    expect(await found('2468')).toEqual([]);
  });

  it('never returns the search keys', async () => {
    for (const query of ['', '张', 'zs', '5678']) {
      const results = await searchCustomers(db, query);
      expect(results.length).toBeGreaterThan(0);
      for (const c of results) expect(c).not.toHaveProperty('searchKeys');
    }
  });

  it('an empty query lists the newest customers first, up to the limit', async () => {
    const all = await searchCustomers(db, '   ', 100);
    expect(all.map((c) => c.platformUid)).toEqual(['jd_e***e', 'SG_Amy_Tan', 'dy_lisi_88', 'pdd_20000', 'pdd_10086']);
    expect((await searchCustomers(db, '', 2)).map((c) => c.platformUid)).toEqual(['jd_e***e', 'SG_Amy_Tan']);
  });

  it('a customer matching by several keys is returned once', async () => {
    // 张三丰 has keys "zhangsanfeng" and "zsf"... and "z" starts both; "zh" starts only one of them.
    const results = await searchCustomers(db, 'z');
    expect(results.map((c) => c.id).filter((id) => id === ids.zhangsanfeng)).toHaveLength(1);
  });

  it('updating a phone replaces its keys: the old fragment no longer finds the customer', async () => {
    await updateCustomer(db, ids.zhangsanfeng!, { phone: '13700009999' });
    expect(await found('5678')).toEqual([]);
    expect(await found('9999')).toEqual(['zhangsanfeng']);
    // Also when written with Dexie's own update, as the options page does for single fields.
    await db.customers.update(ids.zhangsanfeng!, { phone: '13600004321' });
    expect(await found('9999')).toEqual([]);
    expect(await found('4321')).toEqual(['zhangsanfeng']);
  });

  it('keys follow every write path: modify with changes, bulkPut, bulkAdd', async () => {
    await db.customers.where('id').equals(ids.amy!).modify({ phone: '13511112222' });
    expect(await found('9123')).toEqual([]);
    expect(await found('2222')).toEqual(['amy']);
    const lisi = (await db.customers.get(ids.lisi!))!;
    await db.customers.bulkPut([{ ...lisi, phone: '13733334444', searchKeys: ['stale'] }]);
    expect(await found('4444')).toEqual(['lisi']);
    expect(await found('stale')).toEqual([]);
    await db.customers.bulkAdd([{ ...lisi, id: 'bulk-1', platformUid: 'dy_bulk', name: '赵六', createdAt: T0, updatedAt: T0 }]);
    expect((await searchCustomers(db, 'zhaoliu')).map((c) => c.id)).toEqual(['bulk-1']);
  });

  it('renaming replaces the name keys', async () => {
    await updateCustomer(db, ids.lisi!, { name: '王五' });
    expect(await found('lisi')).toEqual([]);
    expect(await found('ls')).toEqual([]);
    expect(await found('wangwu')).toEqual(['lisi']);
  });
});

describe('customerSearchKeys', () => {
  const base: Pick<Customer, 'platformUid'> = { platformUid: 'UID_1' };

  it('stores phone suffixes of at least four digits and the folded buyer id', () => {
    const keys = customerSearchKeys({ ...base, phone: '138-1234-5678' });
    expect(keys).toContain('13812345678');
    expect(keys).toContain('5678');
    expect(keys).not.toContain('678');
    expect(keys).toContain('uid_1');
  });

  it('folds full-width letters and digits', () => {
    expect(customerQueryKey('ＺＨＡＮＧ')).toBe('zhang');
    expect(customerQueryKey('５６７８')).toBe('5678');
  });

  it('has no empty key', () => {
    expect(customerSearchKeys({ platformUid: 'x', name: '', nickname: '🌸', phone: '12' })).not.toContain('');
  });
});
