import { z } from 'zod';
import type { SellerDb } from '../database';
import { taskSchema, type Task } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';
import { withoutExisting, type TaskDraft } from '../../playbooks/task-draft';
import { countFollowUpResults } from '../../insights/follow-up-results';
import { counterTables } from '../../insights/counter-store';

/** The zone follow-up results are dated in when the caller has no settings at hand. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const taskInputSchema = taskSchema.omit({ id: true, createdAt: true });
export type TaskInput = z.input<typeof taskInputSchema>;

export async function createTask(db: SellerDb, input: TaskInput, now = Date.now()): Promise<Task> {
  const task = validate('task', taskSchema, { ...input, id: newId(), createdAt: now });
  await db.tasks.add(task);
  return task;
}

/**
 * Mark a task done. An open task's result (on time or late) is counted for the Insights page
 * in the same transaction; completing a task again changes nothing more.
 */
export async function completeTask(db: SellerDb, id: string, now = Date.now(), timeZone = DEFAULT_TIME_ZONE): Promise<void> {
  await db.transaction('rw', [db.tasks, db.customers, ...counterTables(db)], async () => {
    const task = await db.tasks.get(id);
    if (!task) return;
    await db.tasks.update(id, { status: 'done', doneAt: now });
    if (task.status === 'open') await countFollowUpResults(db, [{ task, status: 'done' }], now, timeZone);
  });
}

/** Push a task later; it notifies again when it falls due. */
export async function snoozeTask(db: SellerDb, id: string, until: number): Promise<void> {
  await db.tasks.update(id, { dueAt: until, notifiedAt: undefined });
}

/** Open tasks due up to `until` (overdue first), straight from the [status+dueAt] index. */
export function openTasksDueBy(db: SellerDb, until: number, limit = 200): Promise<Task[]> {
  return db.tasks.where('[status+dueAt]').between(['open', 0], ['open', until], true, true).limit(limit).toArray();
}

export function countOpenTasksDueBy(db: SellerDb, until: number): Promise<number> {
  return db.tasks.where('[status+dueAt]').between(['open', 0], ['open', until], true, true).count();
}

/** The earliest open task due after `after`: the background sets its alarm for it. */
export function nextOpenTaskAfter(db: SellerDb, after: number): Promise<Task | undefined> {
  return db.tasks.where('[status+dueAt]').between(['open', after], ['open', Infinity], false, true).first();
}

export function listCustomerTasks(db: SellerDb, customerId: string): Promise<Task[]> {
  return db.tasks.where('customerId').equals(customerId).toArray();
}

/**
 * Store a playbook's plan: new tasks whose rule has not already produced one (re-running a
 * rule is harmless), and cancel the tasks the plan made pointless (counted as skipped
 * follow-ups). Call inside a transaction that includes `db.tasks`, `db.customers` and
 * `counterTables(db)` when it belongs with other writes.
 */
export async function applyTaskPlan(
  db: SellerDb,
  plan: { create: readonly TaskDraft[]; cancel?: readonly string[] },
  now = Date.now(),
  timeZone = DEFAULT_TIME_ZONE,
): Promise<{ created: number; cancelled: number }> {
  return db.transaction('rw', [db.tasks, db.customers, ...counterTables(db)], async () => {
    const keys = plan.create.map((d) => d.ruleKey).filter((k): k is string => k !== undefined);
    const existing = keys.length > 0 ? await db.tasks.where('ruleKey').anyOf(keys).toArray() : [];
    const fresh = withoutExisting(plan.create, existing);
    const records = fresh.map((draft) => validate('task', taskSchema, { ...draft, id: newId(), status: 'open', createdAt: now }));
    await db.tasks.bulkAdd(records);
    const cancel = plan.cancel ?? [];
    // Count what was actually cancelled: ids of done, cancelled or missing tasks change nothing.
    const cancelling = cancel.length > 0 ? await db.tasks.where('id').anyOf([...cancel]).and((t) => t.status === 'open').toArray() : [];
    if (cancelling.length > 0) {
      await db.tasks.bulkUpdate(cancelling.map((t) => ({ key: t.id, changes: { status: 'cancelled' as const, doneAt: now } })));
      await countFollowUpResults(db, cancelling.map((task) => ({ task, status: 'cancelled' as const })), now, timeZone);
    }
    return { created: records.length, cancelled: cancelling.length };
  });
}
