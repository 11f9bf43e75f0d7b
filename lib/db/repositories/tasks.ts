import { z } from 'zod';
import type { SellerDb } from '../database';
import { taskSchema, type Task } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';
import { withoutExisting, type TaskDraft } from '../../playbooks/task-draft';

export const taskInputSchema = taskSchema.omit({ id: true, createdAt: true });
export type TaskInput = z.input<typeof taskInputSchema>;

export async function createTask(db: SellerDb, input: TaskInput, now = Date.now()): Promise<Task> {
  const task = validate('task', taskSchema, { ...input, id: newId(), createdAt: now });
  await db.tasks.add(task);
  return task;
}

export async function completeTask(db: SellerDb, id: string, now = Date.now()): Promise<void> {
  await db.tasks.update(id, { status: 'done', doneAt: now });
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
 * rule is harmless), and cancel the tasks the plan made pointless. Call inside a transaction
 * that includes `db.tasks` when it belongs with other writes.
 */
export async function applyTaskPlan(
  db: SellerDb,
  plan: { create: readonly TaskDraft[]; cancel?: readonly string[] },
  now = Date.now(),
): Promise<{ created: number; cancelled: number }> {
  return db.transaction('rw', db.tasks, async () => {
    const keys = plan.create.map((d) => d.ruleKey).filter((k): k is string => k !== undefined);
    const existing = keys.length > 0 ? await db.tasks.where('ruleKey').anyOf(keys).toArray() : [];
    const fresh = withoutExisting(plan.create, existing);
    const records = fresh.map((draft) => validate('task', taskSchema, { ...draft, id: newId(), status: 'open', createdAt: now }));
    await db.tasks.bulkAdd(records);
    const cancel = plan.cancel ?? [];
    // Count what was actually cancelled: ids of done, cancelled or missing tasks change nothing.
    const cancelled =
      cancel.length > 0
        ? await db.tasks.where('id').anyOf([...cancel]).and((t) => t.status === 'open').modify({ status: 'cancelled', doneAt: now })
        : 0;
    return { created: records.length, cancelled };
  });
}
