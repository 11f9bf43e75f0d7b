import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveOperationError, runArchiveOperation } from '../../../lib/archive-api/operations';
import { SellerDb } from '../../../lib/db/database';
import { ValidationError } from '../../../lib/db/errors';
import { createCustomer } from '../../../lib/db/repositories/customers';
import { addNote } from '../../../lib/db/repositories/notes';
import { createTask } from '../../../lib/db/repositories/tasks';
import { seedBuiltinTemplates } from '../../../lib/db/repositories/templates';
import type { Customer, Order, Task } from '../../../lib/db/schemas';

const T0 = Date.UTC(2024, 4, 1, 2);
const DAY = 86_400_000;
let db: SellerDb;
let zhang: Customer;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new SellerDb('test-' + crypto.randomUUID());
  zhang = await createCustomer(db, { platform: 'pinduoduo', platformUid: 'pdd_10086', name: '张三', phone: '13812345678' }, T0);
});
afterEach(() => db.close());

/** A database that fails the test on any use: refused operations must not reach the archive. */
function untouchable(): SellerDb {
  return new Proxy({} as SellerDb, {
    get(_target, property) {
      throw new Error(`the database was touched (${String(property)})`);
    },
  });
}

async function refusal(kind: 'query' | 'command', name: string, args: unknown): Promise<ArchiveOperationError> {
  try {
    await runArchiveOperation(untouchable(), kind, name, args);
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveOperationError);
    return error as ArchiveOperationError;
  }
  throw new Error(`${kind} ${name} was not refused`);
}

describe('refusals, before the database is touched', () => {
  it.each([
    ['query', 'dropEverything'],
    ['query', '__proto__'],
    ['query', 'constructor'],
    ['query', 'toString'],
    ['command', 'hasOwnProperty'],
    ['query', 'addNote'], // a command name asked as a query
    ['command', 'customer'], // a query name sent as a command
  ] as const)('unknown %s "%s"', async (kind, name) => {
    const error = await refusal(kind, name, {});
    expect(error.message).toBe(`unknown archive ${kind}: ${name}`);
  });

  it('a very long unknown name is cut in the message', async () => {
    const error = await refusal('query', 'q'.repeat(5000), {});
    expect(error.message.length).toBeLessThan(80);
  });

  it.each([
    ['query', 'customer', undefined, 'id'],
    ['query', 'customer', { id: '' }, 'id'],
    ['query', 'customerByUid', { platform: 'myspace', uid: 'x' }, 'platform'],
    ['query', 'customerNotes', { customerId: 'c1', limit: 10_000 }, 'limit'],
    ['query', 'customerNotes', { customerId: 'c1' }, 'limit'],
    ['command', 'addNote', { customerId: 'c1', text: 'x'.repeat(6000) }, 'text'],
    ['command', 'addNote', { customerId: 'c1', text: 42 }, 'text'],
    ['command', 'createCustomer', { platform: 'pinduoduo', platformUid: 'u', vipLevel: 99 }, 'vipLevel'],
    ['command', 'recordOrderEvent', { customerId: 'c1', orderNo: '  ', event: { type: 'paid', at: T0 } }, 'orderNo'],
    ['command', 'recordOrderEvent', { customerId: 'c1', orderNo: 'A1', event: { type: 'exploded', at: T0 } }, 'event.type'],
    ['command', 'applyTaskPlan', { create: Array.from({ length: 51 }, () => ({ customerId: 'c1', kind: 'custom', dueAt: T0 })) }, 'create'],
    ['command', 'applyTaskPlan', { create: [{ customerId: 'c1', kind: 'custom', dueAt: -5 }] }, 'create.0.dueAt'],
    ['command', 'putConversation', { key: '', updatedAt: T0 }, 'key'],
  ] as const)('%s %s with bad arguments names the field', async (kind, name, args, field) => {
    const error = await refusal(kind, name, args);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.message).toContain(field);
  });
});

describe('queries', () => {
  it('return customers without their search keys', async () => {
    const byId = (await runArchiveOperation(db, 'query', 'customer', { id: zhang.id })) as Record<string, unknown>;
    expect(byId).toEqual(zhang);
    expect(byId).not.toHaveProperty('searchKeys');
    const byUid = await runArchiveOperation(db, 'query', 'customerByUid', { platform: 'pinduoduo', uid: 'pdd_10086' });
    expect(byUid).toEqual(zhang);
    expect(byUid).not.toHaveProperty('searchKeys');
  });

  it('answer null, not undefined, for what is not there (it crosses the message channel)', async () => {
    expect(await runArchiveOperation(db, 'query', 'customer', { id: 'ghost' })).toBeNull();
    expect(await runArchiveOperation(db, 'query', 'customerByUid', { platform: 'jd', uid: 'pdd_10086' })).toBeNull();
    expect(await runArchiveOperation(db, 'query', 'conversation', { key: 'pinduoduo:nobody' })).toBeNull();
  });

  it('list notes newest first within the limit', async () => {
    await addNote(db, zhang.id, '旧的', T0);
    await addNote(db, zhang.id, '新的', T0 + 1);
    const notes = (await runArchiveOperation(db, 'query', 'customerNotes', { customerId: zhang.id, limit: 1 })) as { text: string }[];
    expect(notes.map((n) => n.text)).toEqual(['新的']);
  });
});

describe('commands', () => {
  it('addNote stores a note; an empty note is refused by the repository', async () => {
    const note = await runArchiveOperation(db, 'command', 'addNote', { customerId: zhang.id, text: '怕快递放门口' });
    expect(note).toMatchObject({ customerId: zhang.id, text: '怕快递放门口' });
    await expect(runArchiveOperation(db, 'command', 'addNote', { customerId: zhang.id, text: '   ' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.notes.count()).toBe(1);
  });

  it('createCustomer answers the customer without search keys', async () => {
    const created = await runArchiveOperation(db, 'command', 'createCustomer', { platform: 'douyin', platformUid: 'dy_1', name: '李四' });
    expect(created).toMatchObject({ platform: 'douyin', platformUid: 'dy_1', name: '李四' });
    expect(created).not.toHaveProperty('searchKeys');
  });

  it('applyTaskPlan cannot be used to write a status, id or creation time', async () => {
    await runArchiveOperation(db, 'command', 'applyTaskPlan', {
      create: [{ customerId: zhang.id, kind: 'custom', dueAt: T0 + DAY, ruleKey: 'k1', status: 'done', id: 'chosen', createdAt: 1 }],
    });
    const [task] = await db.tasks.toArray();
    expect(task).toMatchObject({ status: 'open', customerId: zhang.id, ruleKey: 'k1' });
    expect(task?.id).not.toBe('chosen');
    expect(task?.createdAt).not.toBe(1);
  });

  it('snoozeTask moves the due time and clears the notification mark; a bad time is refused', async () => {
    const task = await createTask(db, { customerId: zhang.id, kind: 'custom', title: '回访', dueAt: T0 + DAY });
    await db.tasks.update(task.id, { notifiedAt: T0 + DAY });
    await runArchiveOperation(db, 'command', 'snoozeTask', { id: task.id, until: T0 + 2 * DAY });
    const snoozed = await db.tasks.get(task.id);
    expect(snoozed?.dueAt).toBe(T0 + 2 * DAY);
    expect(snoozed?.notifiedAt).toBeUndefined();
    await expect(runArchiveOperation(db, 'command', 'snoozeTask', { id: task.id, until: -1 })).rejects.toBeInstanceOf(ArchiveOperationError);
    expect((await db.tasks.get(task.id))?.dueAt).toBe(T0 + 2 * DAY);
  });

  it('setTemplateFavourite stars and unstars a template, and takes only the favourite flag', async () => {
    await seedBuiltinTemplates(db, T0);
    const [template] = await db.templates.limit(1).toArray();
    await runArchiveOperation(db, 'command', 'setTemplateFavourite', { id: template!.id, favourite: true, hidden: true });
    expect(await db.templates.get(template!.id)).toMatchObject({ favourite: true, hidden: template!.hidden });
    await runArchiveOperation(db, 'command', 'setTemplateFavourite', { id: template!.id, favourite: false });
    expect((await db.templates.get(template!.id))?.favourite).toBe(false);
    await expect(runArchiveOperation(db, 'command', 'setTemplateFavourite', { id: template!.id, favourite: 'yes' })).rejects.toBeInstanceOf(ArchiveOperationError);
  });

  it('putConversation stores validated playbook state', async () => {
    const state = { key: 'pinduoduo:pdd_10086', haggle: { message: '便宜点', before: { round: 0 }, after: { round: 1 } }, updatedAt: T0 };
    await runArchiveOperation(db, 'command', 'putConversation', state);
    expect(await runArchiveOperation(db, 'query', 'conversation', { key: state.key })).toEqual(state);
  });

  it('recordOrderEvent follows the shop policy stored in settings, not one the caller sends', async () => {
    const ship = (orderNo: string) =>
      runArchiveOperation(db, 'command', 'recordOrderEvent', {
        customerId: zhang.id,
        orderNo,
        event: { type: 'shipped', at: T0 },
        policy: { followUp: { defaultTransitDays: 30 } }, // ignored: not part of the arguments
      }) as Promise<{ order: Order; created: number }>;
    const arrivalDue = async (order: Order) =>
      ((await db.tasks.where('customerId').equals(zhang.id).toArray()) as Task[]).find((t) => t.orderId === order.id && t.kind === 'arrival_check')!.dueAt;

    const withDefaults = await ship('A1');
    expect(withDefaults.created).toBe(2);
    const defaultDays = (await arrivalDue(withDefaults.order)) - T0;

    await fakeBrowser.storage.local.set({ settings: { policy: { followUp: { defaultTransitDays: 10 } } } });
    const withStored = await ship('A2');
    const storedDays = (await arrivalDue(withStored.order)) - T0;
    // 10 days instead of 3: seven more days, whatever the hour the arrival check is set to.
    expect(Math.round((storedDays - defaultDays) / DAY)).toBe(7);
  });
});
