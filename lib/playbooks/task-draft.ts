/**
 * What a playbook asks to be scheduled. The repository adds id, createdAt and status when it
 * stores one; the title is left to the UI, which names tasks by kind in the reader's language.
 */
import type { Task } from '../db/schemas';

export type TaskDraft = Omit<Task, 'id' | 'createdAt' | 'status'>;

/**
 * The rule keys shared by every playbook that schedules the same step, so returns.ts and
 * lifecycle.ts never both create "check the return parcel" for one order.
 */
export const ruleKey = {
  order: (orderId: string, rule: string) => `${orderId}:${rule}`,
  customer: (customerId: string, rule: string, period: string) => `customer:${customerId}:${rule}:${period}`,
};

/** Drops drafts whose rule already produced a task (in any status) and repeats within the list. */
export function withoutExisting(drafts: readonly TaskDraft[], existing: readonly Pick<Task, 'ruleKey'>[]): TaskDraft[] {
  const seen = new Set(existing.map((t) => t.ruleKey).filter((k): k is string => k !== undefined));
  const fresh: TaskDraft[] = [];
  for (const draft of drafts) {
    if (draft.ruleKey !== undefined) {
      if (seen.has(draft.ruleKey)) continue;
      seen.add(draft.ruleKey);
    }
    fresh.push(draft);
  }
  return fresh;
}
