/**
 * Playbooks plan tasks for the archive's customer and order; `advise` reports them without
 * either (the CLI has no archive), and the sidebar attaches them again when the seller creates
 * them (see `draftsFor`).
 */
import type { TaskDraft } from '../playbooks/task-draft';
import { ruleKey } from '../playbooks/task-draft';
import type { PlannedTask } from './types';

export function plannedFrom(drafts: readonly TaskDraft[]): PlannedTask[] {
  return drafts.map((d) => ({ kind: d.kind, dueAt: d.dueAt, rule: d.kind, ...(d.scriptId ? { scriptId: d.scriptId } : {}) }));
}

/** The stored form of planned tasks: one per rule and order (or customer and day). */
export function draftsFor(
  tasks: readonly PlannedTask[],
  owner: { customerId: string; orderId?: string; day: string },
): TaskDraft[] {
  return tasks.map((t) => ({
    customerId: owner.customerId,
    ...(owner.orderId ? { orderId: owner.orderId } : {}),
    kind: t.kind,
    dueAt: t.dueAt,
    ...(t.scriptId ? { scriptId: t.scriptId } : {}),
    ruleKey: owner.orderId ? ruleKey.order(owner.orderId, t.rule) : ruleKey.customer(owner.customerId, t.rule, owner.day),
  }));
}
