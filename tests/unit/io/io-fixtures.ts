import { SellerDb } from '../../../lib/db/database';
import { customerSchema, noteSchema, orderSchema, taskSchema, templateSchema, type Customer } from '../../../lib/db/schemas';

let counter = 0;

/** A database of its own for each test (fake-indexeddb keeps them apart by name). */
export function freshDb(): SellerDb {
  counter += 1;
  return new SellerDb(`io-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);

export function customer(overrides: Partial<Customer> & { id: string }): Customer {
  return customerSchema.parse({
    platform: 'pinduoduo',
    platformUid: `uid-${overrides.id}`,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export async function seedSmallArchive(db: SellerDb) {
  const zhang = customer({
    id: 'c1',
    platformUid: 'pdd_8812',
    nickname: '小张 "买买买"',
    name: '张三',
    phone: '13812345678',
    address: { province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号, 3 单元' },
    birthday: '1990-05-17',
    tags: ['老顾客', 'VIP'],
    vipLevel: 3,
    points: 1200,
  });
  const li = customer({ id: 'c2', platform: 'douyin', platformUid: 'dy_77', name: '李四', phone: '0571-88886666' });
  await db.customers.bulkAdd([zhang, li]);
  await db.orders.add(orderSchema.parse({ id: 'o1', customerId: 'c1', orderNo: '240501-1234', items: [{ title: '羊毛围巾', quantity: 2, price: 89 }], amount: 178, status: 'delivered', paidAt: T0, createdAt: T0, updatedAt: T0 }));
  await db.notes.bulkAdd([
    noteSchema.parse({ id: 'n1', customerId: 'c1', text: '喜欢深色，\n不要红色', createdAt: T0 }),
    noteSchema.parse({ id: 'n2', customerId: 'c1', text: '怕快递放门口', createdAt: T0 + 1000 }),
  ]);
  await db.tasks.add(taskSchema.parse({ id: 't1', customerId: 'c1', kind: 'revisit', dueAt: T0 + 86_400_000, createdAt: T0 }));
  await db.templates.add(templateSchema.parse({ id: 'tpl1', situation: 'haggle', title: '议价', body: '亲，这已经是最低价啦', shortcut: '/jj', createdAt: T0, updatedAt: T0 }));
  await db.conversations.add({ key: 'pinduoduo:pdd_8812', haggle: { message: '便宜点', before: { round: 0 }, after: { round: 1 } }, updatedAt: T0 });
  return { zhang, li };
}
