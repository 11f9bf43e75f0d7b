import { afterEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { DuplicateCustomerError, ValidationError } from '../../../lib/db/errors';
import {
  createCustomer,
  deleteCustomer,
  updateCustomer,
  upsertCustomer,
  type CustomerInput,
} from '../../../lib/db/repositories/customers';
import { addNote, listNotes } from '../../../lib/db/repositories/notes';
import { recordOrderEvent } from '../../../lib/db/repositories/order-events';
import { listOrders, saveOrder } from '../../../lib/db/repositories/orders';
import {
  applyTaskPlan,
  completeTask,
  countOpenTasksDueBy,
  createTask,
  listCustomerTasks,
  nextOpenTaskAfter,
  openTasksDueBy,
} from '../../../lib/db/repositories/tasks';
import {
  ShortcutTakenError,
  recordTemplateUse,
  resetBuiltinTemplate,
  saveUserTemplate,
  seedBuiltinTemplates,
  setTemplateFlags,
} from '../../../lib/db/repositories/templates';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';
import { DEFAULT_SHOP_POLICY } from '../../../lib/settings/shop-policy';

const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const opened: SellerDb[] = [];
function freshDb(): SellerDb {
  const db = new SellerDb('test-' + crypto.randomUUID());
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const zhang: CustomerInput = {
  platform: 'pinduoduo',
  platformUid: 'pdd_10086',
  name: '张三',
  phone: '13812345678',
  address: { province: '浙江省', city: '杭州市', street: '文三路 90 号' },
  birthday: '1990-05-17',
  sizes: { 身高: '175cm' },
  tags: ['老顾客'],
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('customers', () => {
  it('creates a customer with id, timestamps and defaults', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    expect(c).toMatchObject({ ...zhang, interests: [], vipLevel: 0, points: 0, createdAt: T0, updatedAt: T0 });
    expect(c.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/); // a ULID
    const { searchKeys, ...stored } = (await db.customers.get(c.id))!;
    expect(stored).toEqual(c);
    expect(searchKeys).toContain('zhangsan');
  });

  it('refuses invalid input with a ValidationError naming each bad field, in both languages', async () => {
    const db = freshDb();
    const error = await caught(
      createCustomer(db, { ...zhang, platform: 'ebay-cn' as never, birthday: '17/05/1990', vipLevel: 11 }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.entity).toBe('customer');
    expect(v.issues.map((i) => i.path).sort()).toEqual(['birthday', 'platform', 'vipLevel']);
    expect(v.issues.find((i) => i.path === 'birthday')?.message).toBe('birthday must be YYYY-MM-DD');
    expect(v.userMessage['zh-CN']).toMatch(/^顾客数据有误：.*birthday/);
    expect(v.userMessage.en).toMatch(/^Invalid customer: .*platform.*/);
    expect(await db.customers.count()).toBe(0);
  });

  it('refuses an empty buyer id', async () => {
    const db = freshDb();
    const error = (await caught(createCustomer(db, { ...zhang, platformUid: '   ' }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['platformUid']);
  });

  it('refuses a second customer with the same platform and buyer id', async () => {
    const db = freshDb();
    const first = await createCustomer(db, zhang, T0);
    const error = await caught(createCustomer(db, { ...zhang, name: '别人' }, T0 + 1));
    expect(error).toBeInstanceOf(DuplicateCustomerError);
    expect((error as DuplicateCustomerError).existingId).toBe(first.id);
    expect((error as DuplicateCustomerError).userMessage['zh-CN']).toContain('pdd_10086');
    expect((error as DuplicateCustomerError).userMessage.en).toContain('pdd_10086');
    // The same buyer id on another platform is another person.
    await expect(createCustomer(db, { ...zhang, platform: 'douyin' })).resolves.toMatchObject({ platform: 'douyin' });
    expect(await db.customers.count()).toBe(2);
  });

  it('updates a customer, validating the merged record', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const updated = await updateCustomer(db, c.id, { nickname: '小张', points: 30 }, T0 + 5);
    expect(updated).toMatchObject({ name: '张三', nickname: '小张', points: 30, createdAt: T0, updatedAt: T0 + 5 });
    const error = (await caught(updateCustomer(db, c.id, { points: -1 }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['points']);
    expect((await db.customers.get(c.id))?.points).toBe(30);
    await expect(updateCustomer(db, 'nobody', { name: 'x' })).rejects.toThrow(/nobody not found/);
  });

  it('refuses to move a customer onto another customer\'s buyer id with DuplicateCustomerError', async () => {
    const db = freshDb();
    const a = await createCustomer(db, zhang, T0);
    const b = await createCustomer(db, { platform: 'pinduoduo', platformUid: 'pdd_2' }, T0);
    const error = await caught(updateCustomer(db, b.id, { platformUid: 'pdd_10086' }));
    expect(error).toBeInstanceOf(DuplicateCustomerError);
    expect((error as DuplicateCustomerError).existingId).toBe(a.id);
    expect((await db.customers.get(b.id))?.platformUid).toBe('pdd_2');
  });

  describe('upsertCustomer', () => {
    it('creates when nothing matches', async () => {
      const db = freshDb();
      const { customer, created } = await upsertCustomer(db, zhang, T0);
      expect(created).toBe(true);
      expect(await db.customers.get(customer.id)).toMatchObject(zhang);
    });

    it('merges into the customer with the same buyer id, unioning tags and sizes', async () => {
      const db = freshDb();
      const existing = await createCustomer(db, zhang, T0);
      const { customer, created } = await upsertCustomer(
        db,
        { platform: 'pinduoduo', platformUid: 'pdd_10086', nickname: '三三', tags: ['VIP', '老顾客'], sizes: { 鞋码: '42' } },
        T0 + 10,
      );
      expect(created).toBe(false);
      expect(customer.id).toBe(existing.id);
      expect(customer).toMatchObject({ name: '张三', phone: '13812345678', nickname: '三三', updatedAt: T0 + 10 });
      expect(customer.tags).toEqual(['老顾客', 'VIP']);
      expect(customer.sizes).toEqual({ 身高: '175cm', 鞋码: '42' });
      expect(await db.customers.count()).toBe(1);
    });

    it('merges by phone when the buyer id is new, keeping the stored identity', async () => {
      const db = freshDb();
      const existing = await createCustomer(db, zhang, T0);
      const { customer, created } = await upsertCustomer(
        db,
        { platform: 'pinduoduo', platformUid: 'pdd_new_account', phone: '13812345678', interests: ['茶'] },
        T0 + 10,
      );
      expect(created).toBe(false);
      expect(customer.id).toBe(existing.id);
      expect(customer.platformUid).toBe('pdd_10086');
      expect(customer.interests).toEqual(['茶']);
      expect(await db.customers.count()).toBe(1);
    });

    it('merges by phone however it was typed, but never by a number that only ends the same', async () => {
      const db = freshDb();
      const existing = await createCustomer(db, zhang, T0);
      const typed = await upsertCustomer(db, { platform: 'douyin', platformUid: 'dy_zhang', phone: '+86 138-1234-5678' }, T0 + 10);
      expect(typed).toMatchObject({ created: false, customer: { id: existing.id } });
      // 12345678 ends 13812345678 (it is one of its search keys) but is another number.
      const other = await upsertCustomer(db, { platform: 'douyin', platformUid: 'dy_other', phone: '12345678' }, T0 + 20);
      expect(other.created).toBe(true);
      expect(await db.customers.count()).toBe(2);
    });

    it('never erases stored fields with blanks, whitespace or empty parts', async () => {
      const db = freshDb();
      const existing = await createCustomer(db, zhang, T0);
      const { customer } = await upsertCustomer(
        db,
        {
          platform: 'pinduoduo',
          platformUid: 'pdd_10086',
          name: '',
          nickname: '   ',
          phone: ' ',
          address: { province: '', city: '  ', street: '' },
          sizes: {},
          tags: [],
          interests: [],
        },
        T0 + 10,
      );
      const { searchKeys: _k, ...stored } = (await db.customers.get(existing.id))!;
      expect(stored).toEqual({ ...existing, updatedAt: T0 + 10 });
      expect(customer).toEqual(stored);
    });

    it('fills the blank parts of an address without dropping the stored ones', async () => {
      const db = freshDb();
      const existing = await createCustomer(db, zhang, T0);
      const { customer } = await upsertCustomer(db, { platform: 'pinduoduo', platformUid: 'pdd_10086', address: { district: '西湖区', city: '' } });
      expect(customer.id).toBe(existing.id);
      expect(customer.address).toEqual({ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号' });
    });
  });

  it('deleteCustomer removes their orders, notes and tasks and nobody else\'s', async () => {
    const db = freshDb();
    const a = await createCustomer(db, zhang, T0);
    const b = await createCustomer(db, { platform: 'jd', platformUid: 'jd_1', name: '李四' }, T0);
    for (const c of [a, b]) {
      await saveOrder(db, { customerId: c.id, orderNo: `NO-${c.platformUid}` }, T0);
      await addNote(db, c.id, `note for ${c.platformUid}`, T0);
      await createTask(db, { customerId: c.id, kind: 'revisit', dueAt: T0 + DAY }, T0);
    }
    await deleteCustomer(db, a.id);
    expect(await db.customers.get(a.id)).toBeUndefined();
    for (const table of [db.orders, db.notes, db.tasks]) {
      expect((await table.toArray()).map((r) => r.customerId)).toEqual([b.id]);
    }
  });
});

describe('notes', () => {
  it('refuses empty or whitespace text and an unknown customer', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const error = (await caught(addNote(db, c.id, '  \n '))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: 'text', message: 'a note cannot be empty' }]);
    expect(error.userMessage['zh-CN']).toContain('备注');
    await expect(addNote(db, 'ghost', '记得回访')).rejects.toThrow(/ghost not found/);
    expect(await db.notes.count()).toBe(0);
  });

  it('stores trimmed text and lists newest first, only for that customer, up to the limit', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const other = await createCustomer(db, { platform: 'jd', platformUid: 'jd_9' }, T0);
    await addNote(db, c.id, '  第一条  ', T0 + 1);
    await addNote(db, c.id, '第三条', T0 + 3);
    await addNote(db, c.id, '第二条', T0 + 2);
    await addNote(db, other.id, '别人的', T0 + 4);
    expect((await listNotes(db, c.id)).map((n) => n.text)).toEqual(['第三条', '第二条', '第一条']);
    expect((await listNotes(db, c.id, 2)).map((n) => n.text)).toEqual(['第三条', '第二条']);
  });
});

describe('tasks', () => {
  async function seedTasks(db: SellerDb) {
    const c = await createCustomer(db, zhang, T0);
    const make = (dueAt: number, status: 'open' | 'done' | 'cancelled' = 'open') =>
      createTask(db, { customerId: c.id, kind: 'custom', dueAt, status, title: `due ${dueAt - T0}` }, T0);
    const overdue = await make(T0 - DAY);
    const soon = await make(T0 + HOUR);
    const done = await make(T0 + 2 * HOUR, 'done');
    const later = await make(T0 + 3 * DAY);
    await make(T0 + 4 * DAY, 'cancelled');
    return { c, overdue, soon, done, later };
  }

  it('lists and counts open tasks due by a time, overdue first, done and cancelled excluded', async () => {
    const db = freshDb();
    const { overdue, soon, later } = await seedTasks(db);
    expect((await openTasksDueBy(db, T0 + DAY)).map((t) => t.id)).toEqual([overdue.id, soon.id]);
    expect(await countOpenTasksDueBy(db, T0 + DAY)).toBe(2);
    expect(await countOpenTasksDueBy(db, T0 + HOUR)).toBe(2); // inclusive bound
    expect((await openTasksDueBy(db, T0 + 10 * DAY)).map((t) => t.id)).toEqual([overdue.id, soon.id, later.id]);
    expect(await countOpenTasksDueBy(db, T0 - 2 * DAY)).toBe(0);
  });

  it('finds the next open task strictly after a time', async () => {
    const db = freshDb();
    const { soon, later } = await seedTasks(db);
    expect((await nextOpenTaskAfter(db, T0))?.id).toBe(soon.id);
    expect((await nextOpenTaskAfter(db, T0 + HOUR))?.id).toBe(later.id);
    expect(await nextOpenTaskAfter(db, T0 + 3 * DAY)).toBeUndefined();
  });

  it('completing a task takes it off the open lists', async () => {
    const db = freshDb();
    const { soon, overdue } = await seedTasks(db);
    await completeTask(db, soon.id, T0 + 5);
    expect(await db.tasks.get(soon.id)).toMatchObject({ status: 'done', doneAt: T0 + 5 });
    expect((await openTasksDueBy(db, T0 + DAY)).map((t) => t.id)).toEqual([overdue.id]);
  });

  it('applyTaskPlan is idempotent by ruleKey (in any status) and cancels only open tasks', async () => {
    const db = freshDb();
    const { c, soon, done } = await seedTasks(db);
    const drafts = [
      { customerId: c.id, kind: 'revisit' as const, dueAt: T0 + 45 * DAY, ruleKey: 'o1:revisit' },
      { customerId: c.id, kind: 'review_reminder' as const, dueAt: T0 + 3 * DAY, ruleKey: 'o1:review_reminder' },
      { customerId: c.id, kind: 'revisit' as const, dueAt: T0 + 46 * DAY, ruleKey: 'o1:revisit' }, // repeat in one plan
    ];
    const first = await applyTaskPlan(db, { create: drafts, cancel: [soon.id, done.id, 'missing'] }, T0 + 7);
    expect(first).toEqual({ created: 2, cancelled: 1 });
    expect(await db.tasks.get(soon.id)).toMatchObject({ status: 'cancelled', doneAt: T0 + 7 });
    expect(await db.tasks.get(done.id)).toMatchObject({ status: 'done' });
    expect(await db.tasks.where('ruleKey').equals('o1:revisit').toArray()).toMatchObject([{ status: 'open', dueAt: T0 + 45 * DAY, createdAt: T0 + 7 }]);

    // The seller dismisses one; running the plan again neither duplicates nor resurrects it.
    const reminder = (await db.tasks.where('ruleKey').equals('o1:review_reminder').first())!;
    await completeTask(db, reminder.id);
    const before = await db.tasks.count();
    expect(await applyTaskPlan(db, { create: drafts }, T0 + 8)).toEqual({ created: 0, cancelled: 0 });
    expect(await db.tasks.count()).toBe(before);
    expect((await db.tasks.get(reminder.id))?.status).toBe('done');
  });

  it('applyTaskPlan validates every draft and writes none when one is bad', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const error = await caught(
      applyTaskPlan(db, {
        create: [
          { customerId: c.id, kind: 'revisit', dueAt: T0, ruleKey: 'a' },
          { customerId: c.id, kind: 'nap' as never, dueAt: T0, ruleKey: 'b' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('recordOrderEvent', () => {
  const policy = DEFAULT_SHOP_POLICY;

  it('creates the order, sets status and times, plans lifecycle tasks; the same event again plans none', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const first = await recordOrderEvent(db, { customerId: c.id, orderNo: ' 240501-1 ', event: { type: 'paid', at: T0 }, policy, now: T0 });
    expect(first.created).toBe(1);
    expect(first.order).toMatchObject({ customerId: c.id, orderNo: '240501-1', status: 'paid', paidAt: T0, createdAt: T0 });
    expect(await listCustomerTasks(db, c.id)).toMatchObject([{ kind: 'payment_reassurance', orderId: first.order.id, status: 'open' }]);

    const again = await recordOrderEvent(db, { customerId: c.id, orderNo: '240501-1', event: { type: 'paid', at: T0 }, policy, now: T0 + 1 });
    expect(again).toMatchObject({ created: 0, cancelled: 0 });
    expect(again.order.id).toBe(first.order.id);
    expect(await db.orders.count()).toBe(1);
    expect(await db.tasks.count()).toBe(1);
  });

  it('shipping keeps the earlier times, records the courier and cancels the payment reassurance', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    await recordOrderEvent(db, { customerId: c.id, orderNo: 'A1', event: { type: 'paid', at: T0 }, policy, now: T0 });
    const shipped = await recordOrderEvent(db, {
      customerId: c.id,
      orderNo: 'A1',
      event: { type: 'shipped', at: T0 + HOUR, courier: '顺丰', trackingNo: 'SF123' },
      policy,
      now: T0 + HOUR,
    });
    expect(shipped.order).toMatchObject({ status: 'shipped', paidAt: T0, shippedAt: T0 + HOUR, courier: '顺丰', trackingNo: 'SF123', createdAt: T0, updatedAt: T0 + HOUR });
    expect(shipped).toMatchObject({ created: 2, cancelled: 1 });
    const kinds = (await listCustomerTasks(db, c.id)).map((t) => `${t.kind}:${t.status}`).sort();
    expect(kinds).toEqual(['arrival_check:open', 'payment_reassurance:cancelled', 'shipping_notice:open']);
    const [order] = await listOrders(db, c.id);
    expect(order?.trackingNo).toBe('SF123');
  });

  it('a late or repeated earlier step never moves the order back', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const record = (type: 'paid' | 'shipped' | 'delivered', at: number) =>
      recordOrderEvent(db, { customerId: c.id, orderNo: 'B2', event: { type, at }, policy, now: at });
    await record('paid', T0);
    await record('shipped', T0 + HOUR);
    const replay = await record('paid', T0);
    expect(replay.order).toMatchObject({ status: 'shipped', paidAt: T0, shippedAt: T0 + HOUR });
  });

  it('a delivery recorded while a return is open keeps the return and plans no review reminder or revisit', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    const record = (type: 'shipped' | 'return_opened' | 'delivered', at: number) =>
      recordOrderEvent(db, { customerId: c.id, orderNo: 'R1', event: { type, at }, policy, now: at });
    await record('shipped', T0);
    await record('return_opened', T0 + DAY); // refused at the door
    const delivered = await record('delivered', T0 + 2 * DAY);
    expect(delivered.order).toMatchObject({ status: 'return_open', deliveredAt: T0 + 2 * DAY });
    const kinds = (await listCustomerTasks(db, c.id)).filter((t) => t.status === 'open').map((t) => t.kind);
    expect(kinds).not.toContain('review_reminder');
    expect(kinds).not.toContain('revisit');
  });

  it('refuses an unknown customer and a bad event, writing nothing', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    await expect(recordOrderEvent(db, { customerId: 'ghost', orderNo: 'X', event: { type: 'paid', at: T0 }, policy })).rejects.toThrow(/ghost not found/);
    const error = await caught(recordOrderEvent(db, { customerId: c.id, orderNo: 'X', event: { type: 'lost' as never, at: T0 }, policy }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.orders.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('templates', () => {
  const firstBuiltin = BUILTIN_SCRIPTS[0]!;
  const secondBuiltin = BUILTIN_SCRIPTS[1]!;

  it('seeds every built-in once, and re-seeding keeps hidden, favourite, usage and shortcut', async () => {
    const db = freshDb();
    expect(await seedBuiltinTemplates(db, T0)).toBe(BUILTIN_SCRIPTS.length);
    expect(await db.templates.count()).toBe(BUILTIN_SCRIPTS.length);
    await setTemplateFlags(db, firstBuiltin.id, { hidden: true, favourite: true, shortcut: '/hi' });
    await recordTemplateUse(db, firstBuiltin.id, T0 + 5);
    await recordTemplateUse(db, firstBuiltin.id, T0 + 6);
    await seedBuiltinTemplates(db, T0 + 100);
    expect(await db.templates.count()).toBe(BUILTIN_SCRIPTS.length);
    expect(await db.templates.get(firstBuiltin.id)).toMatchObject({
      builtIn: true,
      hidden: true,
      favourite: true,
      shortcut: '/hi',
      usageCount: 2,
      lastUsedAt: T0 + 6,
      body: firstBuiltin.body,
      createdAt: T0,
    });
    // Text unchanged: the timestamp stays, so "recently updated" does not light up on every update.
    expect((await db.templates.get(secondBuiltin.id))?.updatedAt).toBe(T0);
  });

  it('an edited built-in becomes the seller\'s (builtIn false, overridesId) and seeding never overwrites it; reset restores it', async () => {
    const db = freshDb();
    await seedBuiltinTemplates(db, T0);
    const stored = (await db.templates.get(firstBuiltin.id))!;
    const edited = await saveUserTemplate(db, { ...stored, body: '我自己改过的话术' }, T0 + 10);
    expect(edited).toMatchObject({ id: firstBuiltin.id, builtIn: false, overridesId: firstBuiltin.id, body: '我自己改过的话术', createdAt: T0 });

    await seedBuiltinTemplates(db, T0 + 20);
    expect(await db.templates.get(firstBuiltin.id)).toMatchObject({ body: '我自己改过的话术', builtIn: false });

    await resetBuiltinTemplate(db, firstBuiltin.id);
    const reset = (await db.templates.get(firstBuiltin.id))!;
    expect(reset).toMatchObject({ builtIn: true, body: firstBuiltin.body, title: firstBuiltin.title });
    expect(reset.overridesId).toBeUndefined();
  });

  it('refuses a shortcut another template uses, naming that template', async () => {
    const db = freshDb();
    const own = await saveUserTemplate(db, { situation: 'free_shipping', title: '包邮说明', body: '满两件包邮哦', shortcut: '/by' }, T0);
    const error = await caught(saveUserTemplate(db, { situation: 'other', title: '别的', body: '别的话', shortcut: '/by' }, T0));
    expect(error).toBeInstanceOf(ShortcutTakenError);
    expect((error as ShortcutTakenError).message).toContain('包邮说明');
    expect(await db.templates.count()).toBe(1);
    // Shortcuts expand in any case, so /BY is the same shortcut.
    expect(await caught(saveUserTemplate(db, { situation: 'other', title: '别的', body: '别的话', shortcut: '/BY' }, T0))).toBeInstanceOf(ShortcutTakenError);
    // Saving the template that owns the shortcut is not a clash.
    await expect(saveUserTemplate(db, { ...own, body: '满两件就包邮' })).resolves.toMatchObject({ shortcut: '/by', body: '满两件就包邮' });
  });

  it('refuses a malformed shortcut with a ValidationError on the shortcut field', async () => {
    const db = freshDb();
    const error = (await caught(saveUserTemplate(db, { situation: 'other', title: 't', body: 'b', shortcut: 'by' }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['shortcut']);
  });
});

describe('transactions', () => {
  it('a multi-table write that throws mid-way leaves nothing written', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    await expect(
      db.transaction('rw', [db.customers, db.notes, db.tasks], async () => {
        await addNote(db, c.id, '写了一半', T0);
        await createTask(db, { customerId: c.id, kind: 'custom', dueAt: T0 }, T0);
        await updateCustomer(db, c.id, { vipLevel: 99 });
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.notes.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
    expect((await db.customers.get(c.id))?.vipLevel).toBe(0);
  });

  it('a failing deleteCustomer leaves the customer and their records in place', async () => {
    const db = freshDb();
    const c = await createCustomer(db, zhang, T0);
    await addNote(db, c.id, '保留', T0);
    db.customers.hook('deleting', () => {
      throw new Error('disk gone');
    });
    await expect(deleteCustomer(db, c.id)).rejects.toThrow('disk gone');
    expect(await db.customers.count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
  });
});
