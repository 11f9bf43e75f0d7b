/**
 * Follow-up results for the Insights page: done on time, late or skipped, per task kind.
 * They come from tasks, not from the event log, so they are counted when the task closes:
 *
 * - on time: done by the end of the shop day the task was due (a reminder for "Tuesday" done
 *   on Tuesday evening is on time; snoozing moves the due time, and the new one counts);
 * - late: done on a later shop day;
 * - skipped: cancelled (by the seller, or by a playbook plan that made it pointless).
 *
 * The counter goes on the shop day the task was closed, under the customer's platform and no
 * product (tasks are about buyers, not products). A task is counted once, when it leaves
 * `open`. Retention deletes these counters by day with the events' (see pruneEvents); a
 * recount keeps them as they are.
 */
import type { SellerDb } from '../db/database';
import type { Platform, Task } from '../db/schemas';
import { endOfLocalDay } from '../playbooks/local-time';
import { metric, NO_PRODUCT, type FollowUpResult } from './contract';
import { accumulate, type CounterNet } from './counter-nets';
import { applyCounterChanges } from './counter-store';
import { shopDay } from './shop-day';

export function followUpResult(task: Pick<Task, 'dueAt'>, closedAt: number, status: 'done' | 'cancelled', timeZone: string): FollowUpResult {
  if (status === 'cancelled') return 'skipped';
  return closedAt <= endOfLocalDay(task.dueAt, timeZone) ? 'on_time' : 'late';
}

/**
 * Count closed tasks. Call inside a transaction that includes `db.customers` and
 * `counterTables(db)` (and the tasks' own write).
 */
export async function countFollowUpResults(
  db: SellerDb,
  closed: readonly { task: Task; status: 'done' | 'cancelled' }[],
  closedAt: number,
  timeZone: string,
): Promise<void> {
  if (closed.length === 0) return;
  const customers = await db.customers.bulkGet([...new Set(closed.map((c) => c.task.customerId))]);
  const platformOf = new Map<string, Platform>(customers.filter((c) => c !== undefined).map((c) => [c.id, c.platform]));
  const day = shopDay(closedAt, timeZone);
  const additions = new Map<string, CounterNet>();
  for (const { task, status } of closed) {
    const platform = platformOf.get(task.customerId) ?? 'other';
    const name = metric.followUp(task.kind, followUpResult(task, closedAt, status, timeZone));
    accumulate(additions, [{ day, platform, productKey: NO_PRODUCT, metric: name, count: 1 }], 1, false);
  }
  await applyCounterChanges(db, additions);
}
